package i18n

// Forms: register/edit, visit, aid, status; validation as fields are left.
const (
	FormRequired      Key = "form.required"
	FormSaveFlagged   Key = "form.save_flagged"
	FormFlaggedField  Key = "form.flagged_field"
	FormSaving        Key = "form.saving"
	FormSaveFailed    Key = "form.save_failed"
	FormKeptInput     Key = "form.kept_input"
	FormAmountHint    Key = "form.amount_hint"
	FormDateHint      Key = "form.date_hint"
	FormNotANumber    Key = "form.not_a_number"
	FormChooseOne     Key = "form.choose_one"
	FormAddMember     Key = "form.add_member"
	FormRemoveMember  Key = "form.remove_member"
	FormReasonNeeded  Key = "form.reason_needed"
	FormVisitSaved    Key = "form.visit_saved"
	FormAidSaved      Key = "form.aid_saved"
	FormFileSaved     Key = "form.file_saved"
	FormStatusSaved   Key = "form.status_saved"
	FormPossibleDupes Key = "form.possible_dupes"

	// Why an identifier was flagged, per kind; see T.IDFlag.
	FlagNCEmpty     Key = "flag.nc.empty"
	FlagNCSuspect   Key = "flag.nc.suspect"
	FlagNCChecksum  Key = "flag.nc.checksum"
	FlagNCFormat    Key = "flag.nc.format"
	FlagFIDEmpty    Key = "flag.fid.empty"
	FlagFIDSuspect  Key = "flag.fid.suspect"
	FlagFIDChecksum Key = "flag.fid.checksum"
	FlagFIDFormat   Key = "flag.fid.format"
	FlagMobEmpty    Key = "flag.mob.empty"
	FlagMobSuspect  Key = "flag.mob.suspect"
	FlagMobChecksum Key = "flag.mob.checksum"
	FlagMobFormat   Key = "flag.mob.format"
	FlagMarker      Key = "flag.marker"
	FlagBirthFormat Key = "flag.birth.format"
)

var formMsgs = map[Key]text{
	FormRequired:      {"«%s» لازم است.", "“%s” is required."},
	FormSaveFlagged:   {"برخی مقادیر ایراد دارند (با ! نشان داده شده‌اند). همین‌طور ذخیره شود؟ (y/n)", "Some values are flagged (marked !). Save them as they are? (y/n)"},
	FormFlaggedField:  {"%s: %s", "%s: %s"},
	FormSaving:        {"در حال ذخیره…", "Saving…"},
	FormSaveFailed:    {"ذخیره نشد: %s", "Not saved: %s"},
	FormKeptInput:     {"آنچه نوشته‌اید سر جایش است.", "What you typed is kept."},
	FormAmountHint:    {"به تومان؛ برای ریال «ریال» را بنویسید", "in toman; add “rial” for rial"},
	FormDateHint:      {"سال/ماه/روز، مثلاً ۱۴۰۳/۰۹/۱۲ یا فقط سال", "year-month-day, e.g. 2024-12-02, or a Solar Hijri year"},
	FormNotANumber:    {"عدد بنویسید.", "Type a number."},
	FormChooseOne:     {"یکی را انتخاب کنید.", "Choose one."},
	FormAddMember:     {"افزودن عضو", "add member"},
	FormRemoveMember:  {"حذف عضو", "remove member"},
	FormReasonNeeded:  {"دلیل را بنویسید.", "Write the reason."},
	FormVisitSaved:    {"بازدید ثبت شد.", "Visit logged."},
	FormAidSaved:      {"کمک ثبت شد.", "Aid recorded."},
	FormFileSaved:     {"پرونده ذخیره شد.", "File saved."},
	FormStatusSaved:   {"وضعیت پرونده تغییر کرد.", "File status changed."},
	FormPossibleDupes: {"%d پرونده مشابه در مراکز دیگر", "%d similar files at other centers"},

	FlagNCEmpty:     {"کد ملی وارد نشده است.", "No national code."},
	FlagNCSuspect:   {"کد ملی با رقم‌های یکسان مشکوک است؛ با کارت ملی مقایسه کنید.", "A national code of one repeated digit is suspect; compare it with the card."},
	FlagNCChecksum:  {"رقم کنترل کد ملی نمی‌خواند؛ رقم‌ها را با کارت ملی مقایسه کنید.", "The national code's check digit does not match; compare the digits with the card."},
	FlagNCFormat:    {"کد ملی باید ۱۰ رقم باشد.", "A national code has 10 digits."},
	FlagFIDEmpty:    {"کد اتباع وارد نشده است.", "No foreign-national number."},
	FlagFIDSuspect:  {"کد اتباع با رقم‌های یکسان مشکوک است؛ با کارت مقایسه کنید.", "A foreign-national number of one repeated digit is suspect; compare it with the card."},
	FlagFIDChecksum: {"کد اتباع با کارت نمی‌خواند؛ دوباره بررسی کنید.", "The foreign-national number looks wrong; check it against the card."},
	FlagFIDFormat:   {"کد فراگیر اتباع باید ۱۲ رقم باشد.", "A foreign-national number has 12 digits."},
	FlagMobEmpty:    {"موبایل وارد نشده است.", "No mobile number."},
	FlagMobSuspect:  {"این شماره موبایل مشکوک است؛ با خانواده تماس بگیرید و بررسی کنید.", "This mobile number is suspect; check it with the family."},
	FlagMobChecksum: {"این شماره موبایل درست به نظر نمی‌رسد.", "This mobile number looks wrong."},
	FlagMobFormat:   {"موبایل باید به شکل ۰۹۱۲۳۴۵۶۷۸۹ باشد (۱۱ رقم).", "A mobile number looks like 09123456789 (11 digits)."},
	FlagMarker:      {"!", "!"},
	FlagBirthFormat: {"تاریخ تولد خوانده نشد و همان‌طور که نوشته شده نگه داشته شد؛ آن را به شکل سال/ماه/روز یا فقط سال درست کنید.", "The birth date could not be read and is kept as typed; correct it as year/month/day or just the year."},
}
