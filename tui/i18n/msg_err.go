package i18n

// Errors, each saying what is wrong and what to do; errors.go maps error
// values to these.
const (
	ErrNotFound     Key = "err.not_found"
	ErrDenied       Key = "err.denied"
	ErrConflict     Key = "err.conflict"
	ErrExists       Key = "err.exists"
	ErrBadLogin     Key = "err.bad_login"
	ErrLocked       Key = "err.locked"
	ErrStoreOpen    Key = "err.store_open"
	ErrNewerSchema  Key = "err.newer_schema"
	ErrNotParvande  Key = "err.not_parvande"
	ErrBadPair      Key = "err.bad_pair"
	ErrCenterChange Key = "err.center_change"
	ErrRefTaken     Key = "err.ref_taken"
	ErrUserCenter   Key = "err.user_center"
	ErrDateNotExist Key = "err.date_not_exist"
	ErrVisitKind    Key = "err.visit_kind"

	ErrAidDate      Key = "err.aid_date"
	ErrAidAmount    Key = "err.aid_amount"
	ErrAidKind      Key = "err.aid_kind"
	ErrAidValue     Key = "err.aid_value"
	ErrCenterName   Key = "err.center_name"
	ErrFileNoName   Key = "err.file_no_name"
	ErrFileNoCenter Key = "err.file_no_center"
	ErrFileStatus   Key = "err.file_status"
	ErrFileNegative Key = "err.file_negative"
	ErrClosedReason Key = "err.closed_reason"
	ErrVisitDate    Key = "err.visit_date"
	ErrUserLogin    Key = "err.user_login"
	ErrUserRole     Key = "err.user_role"

	ErrAmountEmpty     Key = "err.amount.empty"
	ErrAmountSyntax    Key = "err.amount.syntax"
	ErrAmountRange     Key = "err.amount.range"
	ErrAmountAmbiguous Key = "err.amount.ambiguous"

	ErrDateSyntax       Key = "err.date.syntax"
	ErrDateSyntaxISO    Key = "err.date.syntax_iso"
	ErrDateTwoDigitYear Key = "err.date.two_digit_year"
	ErrDateTwoDigitISO  Key = "err.date.two_digit_year_iso"
	ErrDateYearFirst    Key = "err.date.year_first"
	ErrDateYearFirstISO Key = "err.date.year_first_iso"
	ErrDateYearRange    Key = "err.date.year_range"
	ErrDateYearRangeISO Key = "err.date.year_range_iso"
	ErrDateMonthRange   Key = "err.date.month_range"
	ErrDateDayRange     Key = "err.date.day_range"
	ErrDateDayRangeISO  Key = "err.date.day_range_iso"
)

var errMsgs = map[Key]text{
	ErrNotFound:     {"پیدا نشد؛ شاید حذف یا جابه‌جا شده است. فهرست را دوباره جستجو کنید.", "Not found; it may have been removed or moved. Search the list again."},
	ErrDenied:       {"نقش شما اجازه این کار را نمی‌دهد. اگر لازم است از سرپرست مرکز بخواهید.", "Your role does not allow this. Ask your center's supervisor if it is needed."},
	ErrConflict:     {"کاربر دیگری همین پرونده را پس از باز کردن شما تغییر داده است. پرونده را دوباره باز کنید و تغییر را تکرار کنید.", "Someone else changed this record after you opened it. Reopen it and make your change again."},
	ErrExists:       {"این مقدار قبلاً ثبت شده است؛ مقدار دیگری انتخاب کنید.", "That is already taken; choose another."},
	ErrBadLogin:     {"نام کاربری یا گذرواژه نادرست است.", "Wrong user name or password."},
	ErrLocked:       {"پایگاه داده %s را برنامه دیگری (شاید سرور) باز کرده است. آن را ببندید، یا با ssh به سرور وصل شوید، یا --db دیگری بدهید.", "Database %s is in use by another parvande (perhaps the server). Close it, connect to the server with ssh, or use another --db."},
	ErrNewerSchema:  {"این پایگاه داده را نسخه تازه‌تری از پرونده نوشته است؛ همان نسخه یا تازه‌تر را به کار ببرید.", "This database was written by a newer parvande; use that version or a newer one."},
	ErrNotParvande:  {"این پرونده، پایگاه داده پرونده نیست؛ مسیر --db را بررسی کنید.", "This is not a parvande database; check the --db path."},
	ErrBadPair:      {"برای تصمیم درباره تکرار دو پرونده متفاوت و یک رأی (همان شخص یا متفاوت) لازم است.", "A duplicate decision needs two different files and a verdict (same person or different)."},
	ErrCenterChange: {"مرکز پرونده فقط با «انتقال پرونده» عوض می‌شود.", "A file changes center only by a transfer."},
	ErrRefTaken:     {"این شماره مرجع در این مرکز برای پرونده دیگری ثبت است؛ شماره دیگری بدهید.", "That reference is already used by another file of this center; give another."},
	ErrUserCenter:   {"مددکار و سرپرست باید مرکز خانه داشته باشند؛ مرکز را انتخاب کنید.", "Caseworkers and supervisors need a home center; choose one."},
	ErrDateNotExist: {"این تاریخ در تقویم خورشیدی وجود ندارد؛ روز و ماه را بررسی کنید.", "That date does not exist in the Solar Hijri calendar; check the day and month."},
	ErrVisitKind:    {"نوع بازدید را از فهرست انتخاب کنید.", "Choose the kind of visit from the list."},
	ErrStoreOpen:    {"پایگاه داده باز نشد: %s", "Could not open the database: %s"},

	ErrAidDate:      {"تاریخ کمک باید کامل باشد (سال، ماه و روز).", "Aid needs a full date (year, month and day)."},
	ErrAidAmount:    {"برای کمک نقدی مبلغ بیشتر از صفر بنویسید.", "Cash aid needs an amount above zero."},
	ErrAidKind:      {"نوع کمک را از فهرست انتخاب کنید.", "Choose the kind of aid from the list."},
	ErrAidValue:     {"مبلغ و تعداد نمی‌توانند منفی باشند.", "Amount and quantity cannot be negative."},
	ErrCenterName:   {"نام مرکز را بنویسید.", "Write the center's name."},
	ErrFileNoName:   {"دست‌کم نام یا نام خانوادگی سرپرست خانوار را بنویسید.", "Write at least a first or last name for the head of household."},
	ErrFileNoCenter: {"پرونده باید مرکز داشته باشد؛ مرکز را انتخاب کنید.", "The file needs an owning center; choose one."},
	ErrFileStatus:   {"وضعیت پرونده را از فهرست انتخاب کنید.", "Choose the file status from the list."},
	ErrFileNegative: {"مبلغ‌ها و بُعد خانوار نمی‌توانند منفی باشند.", "Amounts and household size cannot be negative."},
	ErrClosedReason: {"برای بستن یا تعلیق پرونده دلیل را بنویسید.", "Write a reason for closing or suspending the file."},
	ErrVisitDate:    {"تاریخ بازدید باید کامل باشد (سال، ماه و روز).", "A visit needs a full date (year, month and day)."},
	ErrUserLogin:    {"نام کاربری فقط حروف کوچک لاتین، رقم، نقطه، خط تیره یا زیرخط باشد.", "A login name uses only lower-case Latin letters, digits, dot, dash or underscore."},
	ErrUserRole:     {"نقش کاربر را انتخاب کنید.", "Choose the user's role."},

	ErrAmountEmpty:     {"مبلغ را بنویسید، مثلاً ۵۰۰ هزار تومان.", "Type an amount, e.g. 500000 toman."},
	ErrAmountSyntax:    {"مبلغ خوانده نشد: فقط عدد و واحد بنویسید، مثلاً ۱٬۲۰۰٬۰۰۰ یا ۱/۲ میلیون تومان یا ۱۲۰۰۰۰۰۰ ریال.", "Amount not understood: write a number and a unit, e.g. 1,200,000 or 1.2m toman, or 12000000 rial."},
	ErrAmountRange:     {"مبلغ باید صفر یا بیشتر و در حد ریال کامل باشد.", "The amount must be zero or more, in whole rials."},
	ErrAmountAmbiguous: {"معلوم نیست نقطه جداکننده هزارگان است یا ممیز. بی‌نقطه بنویسید (۵۰۰۰۰۰ یا ۵۰۰٬۰۰۰) یا با ممیز فارسی (۱٫۵).", "Is that dot a thousands separator or a decimal point? Type it without the dot (500000 or 500,000), or with a decimal like 1.5."},

	ErrDateSyntax:       {"تاریخ خوانده نشد: به شکل سال/ماه/روز بنویسید، مثلاً ۱۴۰۳/۰۹/۱۲، یا فقط سال.", "Date not understood: write year/month/day (Solar Hijri), e.g. 1403/09/12, or just the year."},
	ErrDateSyntaxISO:    {"تاریخ میلادی خوانده نشد: به شکل سال-ماه-روز بنویسید، مثلاً 2024-12-02.", "Date not understood: write year-month-day, e.g. 2024-12-02."},
	ErrDateTwoDigitYear: {"سال %02d دو رقمی است: هر چهار رقم را بنویسید، مثلاً ۱۳%02d.", "Year %02d has two digits: write all four, e.g. 13%02d."},
	ErrDateTwoDigitISO:  {"سال %02d دو رقمی است: هر چهار رقم را بنویسید، مثلاً 20%02d.", "Year %02d has two digits: write all four, e.g. 20%02d."},
	ErrDateYearFirst:    {"اول سال را بنویسید: سال/ماه/روز، مثلاً ۱۳۶۵/۰۴/۰۹.", "Write the year first: year/month/day, e.g. 1365/04/09."},
	ErrDateYearFirstISO: {"اول سال را بنویسید: سال-ماه-روز، مثلاً 2024-12-02.", "Write the year first: year-month-day, e.g. 2024-12-02."},
	ErrDateYearRange:    {"سال %d خارج از %d تا %d است؛ سال شمسی بنویسید، مثلاً ۱۴۰۳.", "Year %d is outside %d–%d: write a Solar Hijri year, e.g. 1403."},
	ErrDateYearRangeISO: {"سال %d خارج از تاریخ‌هایی است که برنامه می‌پذیرد (%s تا %s).", "Year %d is outside the dates parvande handles (%s to %s)."},
	ErrDateMonthRange:   {"ماه %d وجود ندارد: ماه‌ها ۱ تا ۱۲ هستند.", "Month %d does not exist: months are 1–12."},
	ErrDateDayRange:     {"روز %d در %s وجود ندارد؛ این ماه %d روز دارد.", "Day %d does not exist in %s, which has %d days."},
	ErrDateDayRangeISO:  {"روز %d در %s وجود ندارد.", "Day %d does not exist in %s."},
	ErrIndexNotIndex:    {"پرونده‌ی فهرست تطبیق خراب یا از نوع دیگری است؛ بسته‌ی بعدی مرکز هماهنگی را وارد کنید (parvande sync import).", "The match index file is not one: import the hub's next bundle (parvande sync import)."},
	ErrIndexVersion:     {"فهرست تطبیق با نسخه‌ی تازه‌تری از پرونده ساخته شده است؛ این برنامه را به‌روز کنید.", "The match index was made by a newer parvande: update this one."},
	ErrIndexWrongKey:    {"فهرست تطبیق از شبکه‌ی مرکز هماهنگی دیگری است؛ با مرکز هماهنگی خود تماس بگیرید.", "The match index belongs to another hub's network: contact your coordination center."},
	ErrIndexDamaged:     {"فهرست تطبیق آسیب دیده است؛ بسته‌ی بعدی مرکز هماهنگی را وارد کنید (parvande sync import).", "The match index is damaged: import the hub's next bundle (parvande sync import)."},
}

// The encoded match index from the hub (a spoke's live check).
const (
	ErrIndexNotIndex Key = "err.index.not_index"
	ErrIndexVersion  Key = "err.index.version"
	ErrIndexWrongKey Key = "err.index.wrong_key"
	ErrIndexDamaged  Key = "err.index.damaged"
)
