package i18n

// The forms' screens (register/edit, member, visit, aid, status): saving,
// its failures, and hints, beyond msg_form.go.
const (
	TitleMember          Key = "formscreen.title.member"
	FormAmountEmpty      Key = "formscreen.amount_empty"
	FormAmountSyntax     Key = "formscreen.amount_syntax"
	FormAmountRange      Key = "formscreen.amount_range"
	FormFixErrors        Key = "formscreen.fix_errors"
	FormConflict         Key = "formscreen.conflict"
	FormDeniedKept       Key = "formscreen.denied_kept"
	FormKeptAsTyped      Key = "formscreen.kept_as_typed"
	FormUnderstood       Key = "formscreen.understood"
	FormPhonesHint       Key = "formscreen.phones_hint"
	FormNameNeeded       Key = "formscreen.name_needed"
	FormMemberSaved      Key = "formscreen.member_saved"
	FormDayHint          Key = "formscreen.day_hint"
	FormDueHint          Key = "formscreen.due_hint"
	FormDueFull          Key = "formscreen.due_full"
	FormDueAfter         Key = "formscreen.due_after"
	FormCloseNotYours    Key = "formscreen.close_not_yours"
	FormReasonHint       Key = "formscreen.reason_hint"
	FormConfirmClose     Key = "formscreen.confirm_close"
	FormChangedMeanwhile Key = "formscreen.changed_meanwhile"
)

var formScreenMsgs = map[Key]text{
	TitleMember:          {"افزودن عضو خانوار", "Add a household member"},
	FormAmountEmpty:      {"مبلغی نوشته نشده است؛ عدد را بنویسید، مثلاً ۵۰۰٬۰۰۰.", "No amount given; type a number, e.g. 500,000."},
	FormAmountSyntax:     {"این مبلغ خوانده نشد؛ مثلاً بنویسید ۵۰۰٬۰۰۰ یا ۲ میلیون یا ۵۰۰۰۰۰۰ ریال.", "Amount not understood; write e.g. 500,000 or 2m (toman) or 5000000 rial."},
	FormAmountRange:      {"مبلغ نمی‌تواند منفی یا این‌قدر بزرگ باشد.", "The amount cannot be negative or that large."},
	FormFixErrors:        {"ذخیره نشد: خانه‌هایی را که زیرشان پیام آمده درست کنید.", "Not saved: correct the fields with a message under them."},
	FormConflict:         {"ذخیره نشد: کاربر دیگری پس از باز شدن این فرم پرونده را تغییر داده است. آنچه نوشته‌اید سر جایش است؛ یادداشتش کنید، با esc برگردید، پرونده به‌روز را ببینید و تغییر را دوباره وارد کنید.", "Not saved: someone else changed this file after you opened the form. What you typed is still here: note it, press esc, look at the updated file and make your change again."},
	FormDeniedKept:       {"ذخیره نشد: نقش شما اجازه این کار را نمی‌دهد. آنچه نوشته‌اید سر جایش است.", "Not saved: your role does not allow this. What you typed is still here."},
	FormKeptAsTyped:      {"همان‌طور که نوشته شده نگه داشته و علامت‌دار می‌شود.", "It will be kept as typed and flagged."},
	FormUnderstood:       {"= %s", "= %s"},
	FormPhonesHint:       {"چند شماره را با ویرگول جدا کنید", "separate several numbers with commas"},
	FormNameNeeded:       {"دست‌کم نام یا نام خانوادگی را بنویسید.", "Write at least a first or last name."},
	FormMemberSaved:      {"عضو به خانوار افزوده شد.", "Member added."},
	FormDayHint:          {"پیش‌فرض امروز است؛ -۱ یعنی دیروز", "today unless changed; -1 is yesterday"},
	FormDueHint:          {"اختیاری؛ +۳۰ یعنی ۳۰ روز بعد از این بازدید", "optional; +30 is 30 days after this visit"},
	FormDueFull:          {"تاریخ بازدید بعدی باید کامل باشد (سال، ماه و روز).", "The next visit needs a full date (year, month and day)."},
	FormDueAfter:         {"بازدید بعدی باید بعد از تاریخ این بازدید باشد.", "The next visit must come after this visit's date."},
	FormCloseNotYours:    {"بستن پرونده کار سرپرست مرکز است.", "Closing a file is for your center's supervisor."},
	FormReasonHint:       {"برای تعلیق یا بستن پرونده لازم است", "needed to suspend or close the file"},
	FormChangedMeanwhile: {"کاربر دیگری همین حالا این پرونده را تغییر داد؛ ذخیره این فرم پذیرفته نمی‌شود. آنچه نوشته‌اید را یادداشت کنید، با esc برگردید و تغییر را روی پرونده به‌روز انجام دهید.", "Someone else has just changed this file, so this form cannot be saved. Note what you typed, press esc, and make your change on the updated file."},
	FormConfirmClose:     {"پرونده «%s» بسته شود؟ از فهرست کار مددکاران بیرون می‌رود. (y/n)", "Close the file of %s? It leaves the caseworkers' lists. (y/n)"},
}
