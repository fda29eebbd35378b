package i18n

// The SSH server: messages to clients, the serve and user commands.

// What an SSH client is told when the server refuses or ends its session.
const (
	SSHUnknownKey     Key = "ssh.unknown_key"
	SSHDisabled       Key = "ssh.disabled"
	SSHNoPTY          Key = "ssh.no_pty"
	SSHFull           Key = "ssh.full"
	SSHShuttingDown   Key = "ssh.shutting_down"
	SSHIdleBye        Key = "ssh.idle_bye"
	SSHUnknownCommand Key = "ssh.unknown_command"
	SSHBackupPTY      Key = "ssh.backup_pty"
	SSHBackupDenied   Key = "ssh.backup_denied"
	SSHBackupFailed   Key = "ssh.backup_failed"
	SSHInternal       Key = "ssh.internal"
	SSHRevoked        Key = "ssh.revoked"
)

// The serve command.
const (
	CLISumServe          Key = "cli.sum.serve"
	CLIUsageServe        Key = "cli.usage.serve"
	CLIFlagListen        Key = "cli.flag.listen"
	CLIFlagHostKey       Key = "cli.flag.host_key"
	CLIFlagIdle          Key = "cli.flag.idle"
	CLIFlagMaxSessions   Key = "cli.flag.max_sessions"
	CLIServeStarted      Key = "cli.serve.started"
	CLIServeStopping     Key = "cli.serve.stopping"
	CLIServeStopped      Key = "cli.serve.stopped"
	CLIServeListen       Key = "cli.serve.listen"
	CLIServeBadNumber    Key = "cli.serve.bad_number"
	CLIServedBy          Key = "cli.served_by"
	CLIServedByBackup    Key = "cli.served_by_backup"
	CLIServeNoUsers      Key = "cli.serve.no_users"
	CLIServeAlreadyThere Key = "cli.serve.already"
)

// The user command.
const (
	CLISumUser           Key = "cli.sum.user"
	CLIUsageUser         Key = "cli.usage.user"
	CLIFlagLogin         Key = "cli.flag.login"
	CLIFlagRole          Key = "cli.flag.role"
	CLIFlagUserName      Key = "cli.flag.user_name"
	CLIFlagUserCenter    Key = "cli.flag.user_center"
	CLIFlagPassword      Key = "cli.flag.password"
	CLIFlagKey           Key = "cli.flag.key"
	CLIUserUnknownSub    Key = "cli.user.unknown_sub"
	CLIUserNeedArgs      Key = "cli.user.need_args"
	CLIUserNeedLogin     Key = "cli.user.need_login"
	CLIUserBadRole       Key = "cli.user.bad_role"
	CLIUserNoCenter      Key = "cli.user.no_center"
	CLIUserNoSuchUser    Key = "cli.user.no_such_user"
	CLIUserAdded         Key = "cli.user.added"
	CLIUserNoWayIn       Key = "cli.user.no_way_in"
	CLIUserDisabled      Key = "cli.user.disabled"
	CLIUserEnabled       Key = "cli.user.enabled"
	CLIUserKeyAdded      Key = "cli.user.key_added"
	CLIUserKeyRemoved    Key = "cli.user.key_removed"
	CLIUserNoKeys        Key = "cli.user.no_keys"
	CLIUserNone          Key = "cli.user.none"
	CLIUserListHead      Key = "cli.user.list_head"
	CLIUserActive        Key = "cli.user.active"
	CLIUserInactive      Key = "cli.user.inactive"
	CLIUserPassPrompt    Key = "cli.user.pass_prompt"
	CLIUserPassAgain     Key = "cli.user.pass_again"
	CLIUserPassMismatch  Key = "cli.user.pass_mismatch"
	CLIUserBadKey        Key = "cli.user.bad_key"
	CLIUserKeyTaken      Key = "cli.user.key_taken"
	CLIUserKeyHere       Key = "cli.user.key_here"
	CLIUserNoSuchKey     Key = "cli.user.no_such_key"
	CLIUserKeyFile       Key = "cli.user.key_file"
	CLIUserLoginTaken    Key = "cli.user.login_taken"
	CLIUserAllCenters    Key = "cli.user.all_centers"
	CLIUserCenterRequire Key = "cli.user.center_required"
)

var sshMsgs = map[Key]text{
	SSHUnknownKey: {"این کلید برای این نام کاربری ثبت نشده است. با نام کاربری خودتان وصل شوید (ssh -p PORT LOGIN@HOST) یا از مدیر بخواهید کلیدتان را بیفزاید.",
		"This key is not registered for this user name. Connect with your own login (ssh -p PORT LOGIN@HOST), or ask your administrator to add your key."},
	SSHDisabled:       {"حساب کاربری %s غیرفعال است. از سرپرست یا مدیر مرکز بخواهید آن را فعال کند.", "The account %s is disabled. Ask your supervisor or administrator to enable it."},
	SSHNoPTY:          {"پرونده به یک پایانهٔ تعاملی نیاز دارد. این‌گونه وصل شوید: ssh -t -p PORT %s@HOST (در PuTTY گزینهٔ «Don't allocate a pseudo-terminal» را خاموش کنید).", "parvande needs an interactive terminal. Connect with: ssh -t -p PORT %s@HOST (in PuTTY, leave \"Don't allocate a pseudo-terminal\" off)."},
	SSHFull:           {"سرور به سقف %d نشست رسیده است. چند دقیقهٔ دیگر دوباره وصل شوید.", "The server has reached its limit of %d sessions. Try again in a few minutes."},
	SSHShuttingDown:   {"سرور در حال خاموش شدن است. آنچه ذخیره کرده‌اید محفوظ است؛ کمی بعد دوباره وصل شوید.", "The server is shutting down. What you saved is kept; connect again a little later."},
	SSHIdleBye:        {"نشست پس از %d دقیقه بی‌کاری بسته شد. برای ادامه دوباره وصل شوید. خدا نگهدار.", "Session closed after %d minutes without activity. Connect again to continue. Goodbye."},
	SSHUnknownCommand: {"فرمان «%s» شناخته نیست. بدون فرمان وصل شوید تا کار کنید؛ مدیران می‌توانند «backup» را اجرا کنند.", "Unknown command '%s'. Connect without a command to work; administrators may run \"backup\"."},
	SSHBackupPTY:      {"backup پایگاه داده را در خروجی می‌نویسد و با پایانه نمی‌سازد. بدون -t اجرا کنید: ssh -p PORT %s@HOST backup > copy.db", "backup writes the database to standard output and cannot run in a terminal. Run it without -t: ssh -p PORT %s@HOST backup > copy.db"},
	SSHBackupDenied:   {"تنها مدیران می‌توانند از پایگاه داده پشتیبان بگیرند.", "Only administrators may back up the database."},
	SSHBackupFailed:   {"پشتیبان‌گیری انجام نشد: %s", "Backup failed: %s"},
	SSHRevoked:        {"دسترسی شما برداشته شد (حساب غیرفعال شد یا کلید حذف شد) و نشست بسته شد. آنچه ذخیره کرده بودید محفوظ است.", "Your access was withdrawn (account disabled or key removed), so the session was closed. What you saved is kept."},
	SSHInternal:       {"خطایی در سرور رخ داد و نشست بسته شد. دوباره وصل شوید؛ اگر تکرار شد به مدیر خبر دهید.", "The server had an error and closed the session. Connect again; if it happens again, tell your administrator."},

	CLISumServe: {"سرور SSH برای چند کاربر روی یک پایگاه داده", "SSH server: many caseworkers on one database"},
	CLIUsageServe: {`کاربرد: parvande serve [--db PATH] [--listen ADDR] [--host-key FILE] [--idle 30m] [--max-sessions 200]

پایگاه داده را یک بار باز می‌کند و به هر کاربری که با کلید SSH ثبت‌شده‌اش وصل
شود یک نشست پرونده می‌دهد. بی --listen فقط روی همین رایانه (127.0.0.1:2222)
گوش می‌دهد. کلید میزبان یک بار کنار پایگاه داده ساخته می‌شود (PATH.hostkey) و
اثر انگشت آن هنگام آغاز چاپ می‌شود تا کاربران بتوانند آن را بسنجند.
کلید کاربران را با «parvande user key add» بیفزایید. ctrl+c یا SIGTERM سرور را
آرام می‌بندد.

نمونه‌ها:
  parvande serve --db /srv/parvande.db
  parvande serve --db /srv/parvande.db --listen 0.0.0.0:2222 --idle 20m
`, `usage: parvande serve [--db PATH] [--listen ADDR] [--host-key FILE] [--idle 30m] [--max-sessions 200]

Opens the database once and gives every user who connects with a registered
SSH key a parvande session. Without --listen it listens on this computer only
(127.0.0.1:2222). The host key is created once beside the database
(PATH.hostkey) and its fingerprint printed at start so users can check it.
Add users' keys with "parvande user key add". ctrl+c or SIGTERM stops the
server gracefully.

examples:
  parvande serve --db /srv/parvande.db
  parvande serve --db /srv/parvande.db --listen 0.0.0.0:2222 --idle 20m
`},
	CLIFlagListen:      {"نشانی و درگاه (host:port)", "address and port to listen on (host:port)"},
	CLIFlagHostKey:     {"فایل کلید میزبان (پیش‌فرض: PATH.hostkey)", "host key file (default: PATH.hostkey)"},
	CLIFlagIdle:        {"بستن نشست پس از این مدت بی‌کاری (0: هرگز)", "end a session after this long without a key press (0: never)"},
	CLIFlagMaxSessions: {"بیشترین شمار نشست‌های هم‌زمان", "most sessions at once"},
	CLIServeStarted: {`سرور پرونده روی %s گوش می‌دهد (پایگاه داده %s).
اثر انگشت کلید میزبان: %s
کاربران این‌گونه وصل می‌شوند: ssh -p %s LOGIN@%s
برای بستن: ctrl+c`, `parvande server listening on %s (database %s).
host key fingerprint: %s
users connect with: ssh -p %s LOGIN@%s
stop with ctrl+c`},
	CLIServeStopping:     {"سرور در حال بستن است: نشست‌ها آگاه می‌شوند…", "server stopping: telling the sessions…"},
	CLIServeStopped:      {"سرور بسته شد.", "server stopped."},
	CLIServeListen:       {"نمی‌توان روی %s گوش داد: %s. درگاه دیگری با --listen بدهید.", "cannot listen on %s: %s. Give another port with --listen."},
	CLIServeBadNumber:    {"--max-sessions باید یک عدد مثبت باشد.", "--max-sessions must be a positive number."},
	CLIServeNoUsers:      {"هشدار: هیچ کاربری کلید SSH ندارد و کسی نمی‌تواند وصل شود. بیفزایید: parvande user key add LOGIN FILE", "warning: no user has an SSH key, so nobody can connect yet. Add one: parvande user key add LOGIN FILE"},
	CLIServeAlreadyThere: {"سرور دیگری این پایگاه داده را در دست دارد (%s، درگاه %s).", "another server already holds this database (%s, port %s)."},
	CLIServedBy: {`پایگاه داده %s در دست سرور پرونده است (%s، درگاه %s).
با SSH به آن وصل شوید: ssh -p %s LOGIN@%s
اثر انگشت کلید میزبان: %s`, `database %s is held by the parvande server (%s, port %s).
Connect to it with SSH: ssh -p %s LOGIN@%s
host key fingerprint: %s`},
	CLIServedByBackup: {`پایگاه داده %s در دست سرور پرونده است. از راه سرور پشتیبان بگیرید (حساب مدیر):
  ssh -p %s ADMIN@%s backup > copy.db`, `database %s is held by the parvande server. Back it up through the server (an admin account):
  ssh -p %s ADMIN@%s backup > copy.db`},

	CLISumUser: {"کاربران و کلیدهای SSH آن‌ها", "users and their SSH keys"},
	CLIUsageUser: {`کاربرد:
  parvande user add --login L --role R [--center NAME] [--name N] [--password] [--key FILE|-]
  parvande user list
  parvande user disable LOGIN
  parvande user enable LOGIN
  parvande user key add LOGIN FILE|-
  parvande user key remove LOGIN FINGERPRINT
  parvande user key list LOGIN

نقش‌ها: caseworker (مددکار)، supervisor (سرپرست)، coordinator (هماهنگ‌کننده)، admin (مدیر).
مددکار و سرپرست به یک مرکز نیاز دارند. FILE یک کلید عمومی است (مانند id_ed25519.pub)؛
«-» آن را از ورودی می‌خواند. --password گذرواژه را می‌پرسد (برای ورود محلی).
همهٔ فرمان‌ها --db PATH را هم می‌پذیرند.

نمونه‌ها:
  parvande user add --login zahra --role caseworker --center "مرکز امام رضا" --key zahra.pub
  parvande user key add zahra ~/.ssh/id_ed25519.pub
  parvande user key remove zahra SHA256:x9Qb...
`, `usage:
  parvande user add --login L --role R [--center NAME] [--name N] [--password] [--key FILE|-]
  parvande user list
  parvande user disable LOGIN
  parvande user enable LOGIN
  parvande user key add LOGIN FILE|-
  parvande user key remove LOGIN FINGERPRINT
  parvande user key list LOGIN

Roles: caseworker, supervisor, coordinator, admin. Caseworkers and supervisors
need a center. FILE is a public key (such as id_ed25519.pub); "-" reads it from
standard input. --password asks for a password (for local login).
Every command also takes --db PATH.

examples:
  parvande user add --login zahra --role caseworker --center "Imam Reza" --key zahra.pub
  parvande user key add zahra ~/.ssh/id_ed25519.pub
  parvande user key remove zahra SHA256:x9Qb...
`},
	CLIFlagLogin:         {"نام کاربری", "login name"},
	CLIFlagRole:          {"نقش: caseworker، supervisor، coordinator یا admin", "role: caseworker, supervisor, coordinator or admin"},
	CLIFlagUserName:      {"نام نمایشی", "display name"},
	CLIFlagUserCenter:    {"نام یا کد مرکز کاربر", "the user's center, by name or code"},
	CLIFlagPassword:      {"گذرواژه بپرس (برای ورود محلی)", "ask for a password (for local login)"},
	CLIFlagKey:           {"فایل کلید عمومی SSH، یا - برای ورودی", "SSH public key file, or - for standard input"},
	CLIUserUnknownSub:    {"فرمان کاربر «%s» شناخته نیست؛ parvande user --help را ببینید.", "unknown user command '%s'; see parvande user --help."},
	CLIUserNeedArgs:      {"این فرمان %s می‌خواهد؛ parvande user --help را ببینید.", "this command needs %s; see parvande user --help."},
	CLIUserNeedLogin:     {"--login را بدهید.", "give --login."},
	CLIUserBadRole:       {"نقش «%s» شناخته نیست: caseworker، supervisor، coordinator یا admin.", "unknown role '%s': use caseworker, supervisor, coordinator or admin."},
	CLIUserNoCenter:      {"مرکزی با نام یا کد «%s» نیست. مرکزها: %s", "no center named or coded '%s'. Centers: %s"},
	CLIUserNoSuchUser:    {"کاربری با نام «%s» نیست؛ parvande user list را ببینید.", "no user with login '%s'; see parvande user list."},
	CLIUserAdded:         {"کاربر %s (%s) افزوده شد.", "user %s (%s) added."},
	CLIUserNoWayIn:       {"یادآوری: %s هنوز نه گذرواژه دارد نه کلید. کلید بیفزایید: parvande user key add %s FILE", "note: %s has neither a password nor a key yet. Add a key: parvande user key add %s FILE"},
	CLIUserDisabled:      {"کاربر %s غیرفعال شد؛ نشست‌های تازه‌اش پذیرفته نمی‌شوند.", "user %s disabled; new sessions are refused."},
	CLIUserEnabled:       {"کاربر %s فعال شد.", "user %s enabled."},
	CLIUserKeyAdded:      {"کلید %s به %s افزوده شد.", "key %s added to %s."},
	CLIUserKeyRemoved:    {"کلید %s از %s برداشته شد.", "key %s removed from %s."},
	CLIUserNoKeys:        {"%s هیچ کلیدی ندارد.", "%s has no keys."},
	CLIUserNone:          {"هنوز کاربری نیست. بیفزایید: parvande user add --login L --role R ...", "no users yet. Add one: parvande user add --login L --role R ..."},
	CLIUserListHead:      {"نام کاربری\tنام\tنقش\tمرکز\tکلیدها\tوضعیت", "login\tname\trole\tcenter\tkeys\tstate"},
	CLIUserActive:        {"فعال", "active"},
	CLIUserInactive:      {"غیرفعال", "disabled"},
	CLIUserPassPrompt:    {"گذرواژهٔ %s: ", "password for %s: "},
	CLIUserPassAgain:     {"دوباره: ", "again: "},
	CLIUserPassMismatch:  {"دو گذرواژه یکی نبودند؛ دوباره امتحان کنید.", "the two passwords differ; try again."},
	CLIUserBadKey:        {"این یک کلید عمومی SSH نیست. یک خط از فایل ‎.pub بدهید (مانند ssh-ed25519 AAAA... نام).", "not an SSH public key. Give one line of a .pub file (such as ssh-ed25519 AAAA... name)."},
	CLIUserKeyTaken:      {"این کلید از آنِ کاربر دیگری است؛ هر کلید تنها یک کاربر دارد.", "this key already belongs to another user; a key belongs to one user only."},
	CLIUserKeyHere:       {"این کلید از پیش از آنِ همین کاربر است.", "the user already has this key."},
	CLIUserNoSuchKey:     {"%s کلیدی با اثر انگشت %s ندارد؛ parvande user key list %s را ببینید.", "%s has no key with fingerprint %s; see parvande user key list %s."},
	CLIUserKeyFile:       {"نمی‌توان کلید را از %s خواند: %s", "cannot read the key from %s: %s"},
	CLIUserLoginTaken:    {"نام کاربری «%s» گرفته شده است.", "the login '%s' is taken."},
	CLIUserAllCenters:    {"همهٔ مرکزها", "all centers"},
	CLIUserCenterRequire: {"مددکار و سرپرست به مرکز نیاز دارند: --center را بدهید. مرکزها: %s", "caseworkers and supervisors need a center: give --center. Centers: %s"},
}
