package i18n

// The file screen's linked-files tab: files at other centers linked as the same person, and their aid.

const (
	LinksNone       Key = "links.none"
	LinksTitle      Key = "links.title"
	LinksColLastAid Key = "links.col.last_aid"
	LinksColBy      Key = "links.col.by"
	LinksColOn      Key = "links.col.on"
	LinksViaOther   Key = "links.via_other"
	LinksElsewhere  Key = "links.elsewhere"
	LinksCenterSum  Key = "links.center_sum"
	LinksCardsNote  Key = "links.cards_note"
	LinksNoAid      Key = "links.no_aid"
	LinksCardBack   Key = "links.card_back"

	LinksWarnBoth   Key = "links.warn.both"
	LinksWarnLinked Key = "links.warn.linked"
	LinksWarnAid    Key = "links.warn.aid"

	LinksNote      Key = "links.note"
	LinksAskUnlink Key = "links.ask_unlink"
	LinksAskKeys   Key = "links.ask_keys"
	LinksNeedNote  Key = "links.need_note"
	LinksUnlinked  Key = "links.unlinked"
	LinksIndirect  Key = "links.indirect"

	HelpLinksOpen   Key = "help.links.open"
	HelpLinksUnlink Key = "help.links.unlink"
)

var linksMsgs = map[Key]text{
	LinksNone:       {"هیچ پرونده‌ای در مرکز دیگری به این پرونده پیوند نخورده است. پیوند در صف بازبینی تکراری‌ها (d در فهرست) ساخته می‌شود.", "No file at another center is linked to this one. Links are made in the duplicate review queue (d in the list)."},
	LinksTitle:      {"پرونده‌های پیوندخورده در مراکز دیگر (%d)", "Linked files at other centers (%d)"},
	LinksColLastAid: {"آخرین کمک", "Last aid"},
	LinksColBy:      {"پیوند از", "Linked by"},
	LinksColOn:      {"در تاریخ", "On"},
	LinksViaOther:   {"از راه پرونده دیگر", "through another file"},
	LinksElsewhere:  {"آنچه این خانواده در مراکز دیگر گرفته است", "What this family received at other centers"},
	LinksCenterSum:  {"%s: %s (%d بار)", "%s: %s (×%d)"},
	LinksCardsNote:  {"مبلغ کمک‌های مراکز دیگر را سرپرستان و هماهنگ‌کنندگان می‌بینند؛ شما تاریخ آخرین کمک را می‌بینید.", "Supervisors and coordinators see the amounts other centers gave; you see the date of the last aid."},
	LinksNoAid:      {"کمکی ثبت نشده", "no aid recorded"},
	LinksCardBack:   {"esc: بازگشت", "esc: back"},

	LinksWarnBoth:   {"%d پرونده در مراکز دیگر؛ کمک مرکز دیگر در ۱۲ ماه اخیر (آخرین %s) · زبانه ۶", "linked files elsewhere: %d; aid elsewhere in 12 months (last %s) · tab 6"},
	LinksWarnLinked: {"%d پرونده در مراکز دیگر · زبانه ۶", "linked files at other centers: %d · tab 6"},
	LinksWarnAid:    {"کمک مرکز دیگر در ۱۲ ماه اخیر (آخرین %s)", "aid from another center in the last 12 months (last %s)"},

	LinksNote:      {"علت", "Why"},
	LinksAskUnlink: {"پیوند با پرونده «%s» در «%s» برداشته شود؟ پرونده‌ها می‌مانند و این کار در تاریخچه ثبت می‌شود.", "Unlink the file of %s at %s? Both files stay; the unlink is kept in the history."},
	LinksAskKeys:   {"enter: برداشتن پیوند · esc: نگه داشتن پیوند", "enter: unlink · esc: keep the link"},
	LinksNeedNote:  {"بنویسید چرا این دو یک نفر نیستند؛ این یادداشت در تاریخچه می‌ماند.", "write why these are not the same person; the note stays in the history."},
	LinksUnlinked:  {"پیوند با «%s» در «%s» برداشته شد", "unlinked the file of %s at %s"},
	LinksIndirect:  {"این پرونده از راه پرونده دیگری پیوند خورده است؛ پیوند را از آن پرونده بردارید.", "this file is linked through another file; unlink it from that file."},

	HelpLinksOpen:   {"باز کردن پرونده پیوندی", "open linked file"},
	HelpLinksUnlink: {"برداشتن پیوند", "unlink"},
}
