package i18n

// First-run setup and login.
const (
	SetupIntro        Key = "setup.intro"
	SetupChooseCreate Key = "setup.choose_create"
	SetupChooseDemo   Key = "setup.choose_demo"
	SetupChooseHint   Key = "setup.choose_hint"
	SetupCenterHead   Key = "setup.center_head"
	SetupAdminHead    Key = "setup.admin_head"
	SetupCenterName   Key = "setup.center_name"
	SetupCenterCode   Key = "setup.center_code"
	SetupNeighborhood Key = "setup.neighborhood"
	SetupLogin        Key = "setup.login"
	SetupDisplayName  Key = "setup.display_name"
	SetupPassword     Key = "setup.password"
	SetupPassword2    Key = "setup.password2"
	SetupCreate       Key = "setup.create"
	SetupCreating     Key = "setup.creating"
	SetupDemoLoading  Key = "setup.demo_loading"
	SetupDone         Key = "setup.done"
	SetupDemoDone     Key = "setup.demo_done"
	SetupRequired     Key = "setup.required"
	SetupPassMismatch Key = "setup.pass_mismatch"
	SetupPassShort    Key = "setup.pass_short"
	SetupLoginHint    Key = "setup.login_hint"

	LoginWelcome   Key = "login.welcome"
	LoginUser      Key = "login.user"
	LoginPassword  Key = "login.password"
	LoginSubmit    Key = "login.submit"
	LoginChecking  Key = "login.checking"
	LoginLocked    Key = "login.locked"
	LoginEmpty     Key = "login.empty"
	LoginLangHint  Key = "login.lang_hint"
	LoginFailedN   Key = "login.failed_n"
	LoginSignedOut Key = "login.signed_out"
)

var startMsgs = map[Key]text{
	SetupIntro:        {"این پایگاه داده خالی است. نخستین مرکز و یک مدیر بسازید، یا برای آشنایی داده‌های نمونه را بارگذاری کنید.", "This database is empty. Create the first center and an administrator, or load demo data to try parvande."},
	SetupChooseCreate: {"ساختن مرکز و مدیر", "Create a center and an administrator"},
	SetupChooseDemo:   {"بارگذاری داده‌های نمونه", "Load demo data"},
	SetupChooseHint:   {"با ↑/↓ انتخاب کنید و Enter بزنید.", "Choose with ↑/↓ and press Enter."},
	SetupCenterHead:   {"مرکز", "Center"},
	SetupAdminHead:    {"مدیر سیستم", "Administrator"},
	SetupCenterName:   {"نام مرکز", "Center name"},
	SetupCenterCode:   {"کد کوتاه مرکز", "Short code"},
	SetupNeighborhood: {"محله", "Neighborhood"},
	SetupLogin:        {"نام کاربری", "Login name"},
	SetupDisplayName:  {"نام نمایشی", "Display name"},
	SetupPassword:     {"گذرواژه", "Password"},
	SetupPassword2:    {"تکرار گذرواژه", "Password again"},
	SetupCreate:       {"ساختن", "Create"},
	SetupCreating:     {"در حال ساختن مرکز و کاربر…", "Creating the center and the user…"},
	SetupDemoLoading:  {"در حال بارگذاری داده‌های نمونه…", "Loading demo data…"},
	SetupDone:         {"مرکز و مدیر ساخته شد؛ وارد شدید.", "Center and administrator created; you are logged in."},
	SetupDemoDone:     {"داده‌های نمونه بارگذاری شد. نام‌های کاربری: %s — گذرواژه همه: %s", "Demo data loaded. Users: %s — password for all: %s"},
	SetupRequired:     {"«%s» را پر کنید.", "Fill in “%s”."},
	SetupPassMismatch: {"دو گذرواژه یکی نیستند؛ دوباره بنویسید.", "The two passwords differ; type them again."},
	SetupPassShort:    {"گذرواژه دست‌کم %d نویسه باشد.", "The password needs at least %d characters."},
	SetupLoginHint:    {"حروف کوچک لاتین، رقم، نقطه، خط تیره یا زیرخط", "lower-case Latin letters, digits, dot, dash or underscore"},

	LoginWelcome:   {"به پرونده خوش آمدید. نام کاربری و گذرواژه را وارد کنید.", "Welcome to parvande. Enter your user name and password."},
	LoginUser:      {"نام کاربری", "User name"},
	LoginPassword:  {"گذرواژه", "Password"},
	LoginSubmit:    {"ورود", "Log in"},
	LoginChecking:  {"در حال بررسی…", "Checking…"},
	LoginLocked:    {"تلاش‌های نادرست زیاد بود. %d ثانیه دیگر دوباره امتحان کنید.", "Too many failed attempts. Try again in %d seconds."},
	LoginEmpty:     {"نام کاربری و گذرواژه را وارد کنید.", "Enter your user name and password."},
	LoginLangHint:  {"ctrl+l: English", "ctrl+l: فارسی"},
	LoginFailedN:   {"نام کاربری یا گذرواژه نادرست است (تلاش %d).", "Wrong user name or password (attempt %d)."},
	LoginSignedOut: {"از حساب خارج شدید.", "You have logged out."},
}
