package i18n

// The registration form's live duplicate panel and the certain-match confirmation.
const (
	PanelTitle      Key = "panel.title"
	PanelTitleCount Key = "panel.title_count"
	PanelIdle       Key = "panel.idle"
	PanelLoading    Key = "panel.loading"
	PanelChecking   Key = "panel.checking"
	PanelNone       Key = "panel.none"
	PanelFailed     Key = "panel.failed"
	PanelFather     Key = "panel.father"
	PanelBorn       Key = "panel.born"
	PanelLastAid    Key = "panel.last_aid"
	PanelNoAid      Key = "panel.no_aid"
	PanelOwnCenter  Key = "panel.own_center"
	PanelSummary    Key = "panel.summary"
	PanelSummaryOne Key = "panel.summary_one"
	PanelHintWide   Key = "panel.hint_wide"
	PanelHintNarrow Key = "panel.hint_narrow"
	PanelHintOpen   Key = "panel.hint_open"

	CardTitle    Key = "card.title"
	CardOnlyNote Key = "card.only_note"
	CardName     Key = "card.name"
	CardFather   Key = "card.father"
	CardBirth    Key = "card.birth_year"
	CardCenter   Key = "card.center"
	CardStatus   Key = "card.status"
	CardLastAid  Key = "card.last_aid"
	CardMatch    Key = "card.match"
	CardReasons  Key = "card.reasons"
	CardBack     Key = "card.back"

	AskCertainOne  Key = "panel.ask_certain_one"
	AskCertainMany Key = "panel.ask_certain_many"
	FlashDespite   Key = "panel.flash_despite"

	HelpPanelOpen   Key = "help.panel.open"
	HelpPanelNext   Key = "help.panel.next"
	HelpPanelPrev   Key = "help.panel.prev"
	HelpPanelToggle Key = "help.panel.toggle"
)

var matchPanelMsgs = map[Key]text{
	PanelTitle:      {"پرونده‌های مشابه در همه مراکز", "Similar files at all centers"},
	PanelTitleCount: {"پرونده‌های مشابه در همه مراکز (%d)", "Similar files at all centers (%d)"},
	PanelIdle:       {"نام سرپرست یا کد ملی را بنویسید تا پرونده‌های مشابه در همه مراکز این‌جا دیده شوند.", "Type the head's name or an ID: similar files at every center show here."},
	PanelLoading:    {"بررسی تکراری‌ها در حال آماده شدن است؛ کمی صبر کنید، فرم را می‌توانید پر کنید.", "The duplicate check is loading; keep typing, it will catch up."},
	PanelChecking:   {"در حال جستجو…", "Checking…"},
	PanelNone:       {"پرونده مشابهی در هیچ مرکزی نیست.", "No similar file at any center."},
	PanelFailed:     {"بررسی تکراری‌ها در دسترس نیست (%s). ثبت ممکن است؛ بعداً از صفحه بازبینی تکراری‌ها بررسی کنید.", "The duplicate check is not available (%s). You can still save; check the duplicate review later."},
	PanelFather:     {"پدر: %s", "father: %s"},
	PanelBorn:       {"متولد %s", "born %s"},
	PanelLastAid:    {"آخرین کمک %s", "last aid %s"},
	PanelNoAid:      {"بدون کمک ثبت‌شده", "no aid recorded"},
	PanelOwnCenter:  {"(مرکز خودتان)", "(your center)"},
	PanelSummary:    {"%d پرونده مشابه · %s", "%d similar files · %s"},
	PanelSummaryOne: {"۱ پرونده مشابه · %s", "1 similar file · %s"},
	PanelHintWide:   {"ctrl+n/p انتخاب · ctrl+o باز کردن", "ctrl+n/p choose · ctrl+o open"},
	PanelHintNarrow: {"ctrl+t فهرست", "ctrl+t list"},
	PanelHintOpen:   {"ctrl+o باز کردن", "ctrl+o open"},

	CardTitle:    {"کارت تطبیق: %s", "Match card: %s"},
	CardOnlyNote: {"این پرونده از مرکز دیگری است؛ فقط کارت تطبیق آن را می‌توانید ببینید. برای هماهنگی با «%s» تماس بگیرید.", "This file belongs to another center: you may see only its match card. To coordinate, contact %s."},
	CardName:     {"نام", "Name"},
	CardFather:   {"نام پدر", "Father's name"},
	CardBirth:    {"سال تولد", "Birth year"},
	CardCenter:   {"مرکز", "Center"},
	CardStatus:   {"وضعیت پرونده", "File status"},
	CardLastAid:  {"آخرین کمک", "Last aid"},
	CardMatch:    {"درجه تطبیق", "Match"},
	CardReasons:  {"دلیل‌ها", "Reasons"},
	CardBack:     {"esc: بازگشت به فرم؛ آنچه نوشته‌اید سر جایش است.", "esc: back to the form; what you typed is kept."},

	AskCertainOne:  {"«%s» با اطمینان همان پرونده‌ای است که در «%s» ثبت شده. باز هم پرونده تازه ثبت شود؟ (y/n)", "%s is certainly already registered at %s. Register a new file anyway? (y/n)"},
	AskCertainMany: {"«%s» با اطمینان در این مراکز ثبت شده: %s. باز هم پرونده تازه ثبت شود؟ (y/n)", "%s is certainly already registered at %s. Register a new file anyway? (y/n)"},
	FlashDespite:   {"پرونده ذخیره شد؛ ثبت با وجود تطبیق قطعی در سابقه آمد.", "File saved; registering despite a certain match is on record."},

	HelpPanelOpen:   {"باز کردن مشابه", "open match"},
	HelpPanelNext:   {"مشابه بعد", "next match"},
	HelpPanelPrev:   {"مشابه قبل", "previous match"},
	HelpPanelToggle: {"فهرست مشابه‌ها", "match list"},
}
