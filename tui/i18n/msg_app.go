package i18n

// Application-wide messages: names, screen titles, status bar, key help.
const (
	AppName        Key = "app.name"
	UnitToman      Key = "unit.toman"
	TooSmall       Key = "app.too_small"
	Loading        Key = "app.loading"
	Working        Key = "app.working"
	Saved          Key = "app.saved"
	NotAvailable   Key = "app.not_available"
	Unexpected     Key = "app.unexpected"
	None           Key = "app.none"
	All            Key = "app.all"
	Yes            Key = "app.yes"
	No             Key = "app.no"
	ConfirmDiscard Key = "app.confirm_discard"
	ConfirmQuit    Key = "app.confirm_quit"
	// UnsavedBeforeQuit: q pressed while a form below holds unsaved input.
	UnsavedBeforeQuit Key = "app.unsaved_before_quit"
	LangName          Key = "app.lang_name"
	ChangedOutside    Key = "app.changed_outside"

	StatusUser   Key = "status.user"
	StatusNoUser Key = "status.no_user"
	StatusCenter Key = "status.center"

	// Screen titles, shown in the status bar.
	TitleSetup     Key = "title.setup"
	TitleLogin     Key = "title.login"
	TitleSearch    Key = "title.search"
	TitleFile      Key = "title.file"
	TitleRegister  Key = "title.register"
	TitleEdit      Key = "title.edit"
	TitleVisit     Key = "title.visit"
	TitleAid       Key = "title.aid"
	TitleStatus    Key = "title.status"
	TitleVisitsDue Key = "title.visits_due"
	TitleHelp      Key = "title.help"

	// Key help: what a key does, as shown by bubbles/help.
	HelpQuit         Key = "help.quit"
	HelpBack         Key = "help.back"
	HelpHelp         Key = "help.help"
	HelpCloseHelp    Key = "help.close_help"
	HelpUp           Key = "help.up"
	HelpDown         Key = "help.down"
	HelpPageUp       Key = "help.page_up"
	HelpPageDown     Key = "help.page_down"
	HelpFirst        Key = "help.first"
	HelpLast         Key = "help.last"
	HelpOpen         Key = "help.open"
	HelpNew          Key = "help.new"
	HelpSearch       Key = "help.search"
	HelpFilter       Key = "help.filter"
	HelpSort         Key = "help.sort"
	HelpVisitsDue    Key = "help.visits_due"
	HelpSave         Key = "help.save"
	HelpCancel       Key = "help.cancel"
	HelpNextField    Key = "help.next_field"
	HelpPrevField    Key = "help.prev_field"
	HelpSubmit       Key = "help.submit"
	HelpLang         Key = "help.lang"
	HelpSelect       Key = "help.select"
	HelpToggle       Key = "help.toggle"
	HelpToggleSearch Key = "help.toggle_search"
	HelpClear        Key = "help.clear"
	HelpNextTab      Key = "help.next_tab"
	HelpPrevTab      Key = "help.prev_tab"
	HelpYes          Key = "help.yes"
	HelpNo           Key = "help.no"
)

var appMsgs = map[Key]text{
	AppName:           {"پرونده", "parvande"},
	UnitToman:         {"تومان", "toman"},
	TooSmall:          {"پنجره کوچک است: دست‌کم ۸۰×۲۴ لازم است (اکنون %d×%d). پنجره را بزرگ کنید.", "The window is too small: at least 80×24 is needed (now %d×%d). Enlarge it."},
	Loading:           {"در حال بارگذاری…", "Loading…"},
	Working:           {"در حال انجام…", "Working…"},
	Saved:             {"ذخیره شد.", "Saved."},
	NotAvailable:      {"این بخش هنوز آماده نیست.", "This part is not ready yet."},
	Unexpected:        {"خطای پیش‌بینی‌نشده: %s. دوباره امتحان کنید؛ اگر تکرار شد به مدیر سیستم خبر دهید.", "Unexpected error: %s. Try again; if it happens again, tell your administrator."},
	None:              {"—", "—"},
	All:               {"همه", "all"},
	Yes:               {"بله", "yes"},
	No:                {"خیر", "no"},
	ConfirmDiscard:    {"تغییرات ذخیره نشده از بین می‌رود. خارج می‌شوید؟ (y/n)", "Unsaved changes will be lost. Leave anyway? (y/n)"},
	UnsavedBeforeQuit: {"این فرم ذخیره نشده است: با ctrl+s ذخیره کنید یا با esc رها کنید، بعد خارج شوید.", "This form is not saved: save it with ctrl+s or leave it with esc, then quit."},
	ConfirmQuit:       {"تغییرات ذخیره نشده دارید. از برنامه خارج می‌شوید؟ (y/n)", "You have unsaved changes. Quit anyway? (y/n)"},
	LangName:          {"فارسی", "English"},
	ChangedOutside:    {"این پرونده را کاربر دیگری تغییر داد؛ به‌روز شد.", "Another user changed this file; it has been refreshed."},

	StatusUser:   {"%s (%s)", "%s (%s)"},
	StatusNoUser: {"وارد نشده", "not logged in"},
	StatusCenter: {"مرکز: %s", "center: %s"},

	TitleSetup:     {"راه‌اندازی", "Setup"},
	TitleLogin:     {"ورود", "Log in"},
	TitleSearch:    {"جستجوی پرونده‌ها", "Search files"},
	TitleFile:      {"پرونده", "File"},
	TitleRegister:  {"ثبت خانوار جدید", "Register a household"},
	TitleEdit:      {"ویرایش پرونده", "Edit file"},
	TitleVisit:     {"ثبت بازدید", "Log a visit"},
	TitleAid:       {"ثبت کمک", "Record aid"},
	TitleStatus:    {"تغییر وضعیت", "Change status"},
	TitleVisitsDue: {"بازدیدهای موعددار", "Visits due"},
	TitleHelp:      {"راهنما", "Help"},

	HelpQuit:         {"خروج", "quit"},
	HelpBack:         {"بازگشت", "back"},
	HelpHelp:         {"راهنما", "help"},
	HelpCloseHelp:    {"بستن راهنما", "close help"},
	HelpUp:           {"بالا", "up"},
	HelpDown:         {"پایین", "down"},
	HelpPageUp:       {"صفحه قبل", "page up"},
	HelpPageDown:     {"صفحه بعد", "page down"},
	HelpFirst:        {"اول فهرست", "first"},
	HelpLast:         {"آخر فهرست", "last"},
	HelpOpen:         {"باز کردن", "open"},
	HelpNew:          {"ثبت جدید", "new"},
	HelpSearch:       {"جستجو", "search"},
	HelpFilter:       {"فیلتر", "filter"},
	HelpSort:         {"مرتب‌سازی", "sort"},
	HelpVisitsDue:    {"بازدیدهای موعددار", "visits due"},
	HelpSave:         {"ذخیره", "save"},
	HelpCancel:       {"انصراف", "cancel"},
	HelpNextField:    {"فیلد بعد", "next field"},
	HelpPrevField:    {"فیلد قبل", "previous field"},
	HelpSubmit:       {"تأیید", "submit"},
	HelpLang:         {"English", "فارسی"},
	HelpSelect:       {"انتخاب", "select"},
	HelpToggle:       {"روشن/خاموش", "toggle"},
	HelpToggleSearch: {"جستجو ⇄ فهرست", "search ⇄ list"},
	HelpClear:        {"پاک کردن", "clear"},
	HelpNextTab:      {"زبانه بعد", "next tab"},
	HelpPrevTab:      {"زبانه قبل", "previous tab"},
	HelpYes:          {"بله", "yes"},
	HelpNo:           {"خیر", "no"},
}
