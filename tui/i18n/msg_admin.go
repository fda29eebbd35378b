package i18n

// The user and key administration screen.

const (
	TitleAdmin         Key = "admin.title"
	TitleAdminNewUser  Key = "admin.title.new_user"
	TitleAdminEditUser Key = "admin.title.edit_user"
	TitleAdminPassword Key = "admin.title.password"
	TitleAdminKeys     Key = "admin.title.keys"
	TitleAdminAddKey   Key = "admin.title.add_key"
	HelpAdmin          Key = "admin.help.open"
	HelpAdminNew       Key = "admin.help.new"
	HelpAdminEdit      Key = "admin.help.edit"
	HelpAdminToggle    Key = "admin.help.toggle"
	HelpAdminPassword  Key = "admin.help.password"
	HelpAdminKeys      Key = "admin.help.keys"
	HelpAdminAddKey    Key = "admin.help.add_key"
	HelpAdminRemoveKey Key = "admin.help.remove_key"
	AdminColLogin      Key = "admin.col.login"
	AdminColName       Key = "admin.col.name"
	AdminColRole       Key = "admin.col.role"
	AdminColCenter     Key = "admin.col.center"
	AdminColState      Key = "admin.col.state"
	AdminColKeys       Key = "admin.col.keys"
	AdminColType       Key = "admin.col.type"
	AdminColPrint      Key = "admin.col.fingerprint"
	AdminColComment    Key = "admin.col.comment"
	AdminStateOff      Key = "admin.state.off"
	AdminStateOn       Key = "admin.state.on"
	AdminNone          Key = "admin.none"
	AdminCount         Key = "admin.count"
	AdminScope         Key = "admin.scope"
	AdminKeysNone      Key = "admin.keys_none"
	AdminKeysOf        Key = "admin.keys_of"
	AdminUserGone      Key = "admin.user_gone"
)

// The forms.
const (
	AdminFieldLogin    Key = "admin.field.login"
	AdminFieldName     Key = "admin.field.name"
	AdminFieldRole     Key = "admin.field.role"
	AdminFieldCenter   Key = "admin.field.center"
	AdminFieldLang     Key = "admin.field.lang"
	AdminFieldPassword Key = "admin.field.password"
	AdminFieldKey      Key = "admin.field.key"
	AdminNoCenter      Key = "admin.no_center"
	AdminLangAuto      Key = "admin.lang.auto"
	AdminLangFa        Key = "admin.lang.fa"
	AdminLangEn        Key = "admin.lang.en"
	AdminLoginHint     Key = "admin.hint.login"
	AdminPasswordHint  Key = "admin.hint.password"
	AdminNewPassHint   Key = "admin.hint.new_password"
	AdminKeyHint       Key = "admin.hint.key"
	AdminNeedLogin     Key = "admin.need_login"
	AdminNeedPassword  Key = "admin.need_password"
	AdminNeedKey       Key = "admin.need_key"
)

// Questions and what was done.
const (
	AdminConfirmDisable   Key = "admin.confirm.disable"
	AdminConfirmEnable    Key = "admin.confirm.enable"
	AdminConfirmRemoveKey Key = "admin.confirm.remove_key"
	AdminCreated          Key = "admin.done.created"
	AdminSaved            Key = "admin.done.saved"
	AdminDisabledDone     Key = "admin.done.disabled"
	AdminEnabledDone      Key = "admin.done.enabled"
	AdminPasswordDone     Key = "admin.done.password"
	AdminKeyAdded         Key = "admin.done.key_added"
	AdminKeyRemoved       Key = "admin.done.key_removed"
)

// Errors of key management (mapped in errors.go).
const (
	ErrBadKey    Key = "err.bad_key"
	ErrKeyTaken  Key = "err.key_taken"
	ErrNoSuchKey Key = "err.no_such_key"
)

var adminMsgs = map[Key]text{
	TitleAdmin:         {"کاربران", "Users"},
	TitleAdminNewUser:  {"کاربر تازه", "New user"},
	TitleAdminEditUser: {"ویرایش کاربر", "Edit user"},
	TitleAdminPassword: {"گذرواژهٔ تازه", "New password"},
	TitleAdminKeys:     {"کلیدهای SSH", "SSH keys"},
	TitleAdminAddKey:   {"افزودن کلید SSH", "Add an SSH key"},
	HelpAdmin:          {"کاربران", "users"},
	HelpAdminNew:       {"کاربر تازه", "new user"},
	HelpAdminEdit:      {"ویرایش", "edit"},
	HelpAdminToggle:    {"غیرفعال/فعال", "disable/enable"},
	HelpAdminPassword:  {"گذرواژه", "password"},
	HelpAdminKeys:      {"کلیدها", "keys"},
	HelpAdminAddKey:    {"افزودن کلید", "add key"},
	HelpAdminRemoveKey: {"حذف کلید", "remove key"},
	AdminColLogin:      {"نام کاربری", "Login"},
	AdminColName:       {"نام", "Name"},
	AdminColRole:       {"نقش", "Role"},
	AdminColCenter:     {"مرکز", "Center"},
	AdminColState:      {"وضعیت", "State"},
	AdminColKeys:       {"کلید", "Keys"},
	AdminColType:       {"نوع", "Type"},
	AdminColPrint:      {"اثر انگشت", "Fingerprint"},
	AdminColComment:    {"توضیح", "Comment"},
	AdminStateOff:      {"غیرفعال", "disabled"},
	AdminStateOn:       {"فعال", "active"},
	AdminNone:          {"کاربری نیست که شما بتوانید اداره کنید. برای افزودن n را بزنید.", "There are no users you may manage. Press n to add one."},
	AdminCount:         {"%d کاربر", "%d users"},
	AdminScope:         {"کاربران مرکز %s (مددکار و سرپرست)", "users of %s (caseworkers and supervisors)"},
	AdminKeysNone:      {"این کاربر کلید SSH ندارد و از راه SSH نمی‌تواند وارد شود. برای افزودن a را بزنید.", "This user has no SSH key and cannot log in over SSH. Press a to add one."},
	AdminKeysOf:        {"کلیدهای %s", "keys of %s"},
	AdminUserGone:      {"این کاربر دیگر در فهرست شما نیست.", "This user is no longer on your list."},

	AdminFieldLogin:    {"نام کاربری", "Login"},
	AdminFieldName:     {"نام", "Name"},
	AdminFieldRole:     {"نقش", "Role"},
	AdminFieldCenter:   {"مرکز", "Center"},
	AdminFieldLang:     {"زبان", "Language"},
	AdminFieldPassword: {"گذرواژه", "Password"},
	AdminFieldKey:      {"کلید عمومی", "Public key"},
	AdminNoCenter:      {"(بی مرکز)", "(no center)"},
	AdminLangAuto:      {"مطابق پایانه", "as the terminal says"},
	AdminLangFa:        {"فارسی", "Persian"},
	AdminLangEn:        {"انگلیسی", "English"},
	AdminLoginHint:     {"حروف کوچک لاتین، رقم، . - _ ؛ بعداً عوض نمی‌شود", "lower-case Latin letters, digits, . - _; it stays"},
	AdminPasswordHint:  {"اختیاری: خالی یعنی فقط با کلید SSH", "optional: empty means SSH keys only"},
	AdminNewPassHint:   {"دست‌کم ۶ نویسه؛ به خود کاربر جداگانه بگویید", "at least 6 characters; tell the user in person"},
	AdminKeyHint:       {"یک سطر از پروندهٔ ‎.pub را بچسبانید: ssh-ed25519 AAAA… نام", "paste one line of a .pub file: ssh-ed25519 AAAA… name"},
	AdminNeedLogin:     {"نام کاربری لازم است.", "A login name is needed."},
	AdminNeedPassword:  {"گذرواژهٔ تازه را بنویسید.", "Type the new password."},
	AdminNeedKey:       {"کلید را بچسبانید.", "Paste the key."},

	AdminConfirmDisable:   {"%s غیرفعال شود؟ دیگر نمی‌تواند وارد شود. (y/n)", "Disable %s? They will no longer be able to log in. (y/n)"},
	AdminConfirmEnable:    {"%s دوباره فعال شود؟ (y/n)", "Enable %s again? (y/n)"},
	AdminConfirmRemoveKey: {"کلید %s حذف شود؟ دارندهٔ آن دیگر نمی‌تواند با نام %s وارد شود. (y/n)", "Remove the key %s? Whoever holds it can no longer log in as %s. (y/n)"},
	AdminCreated:          {"کاربر %s افزوده شد.", "User %s added."},
	AdminSaved:            {"کاربر %s ذخیره شد.", "User %s saved."},
	AdminDisabledDone:     {"%s غیرفعال شد.", "%s is disabled."},
	AdminEnabledDone:      {"%s فعال شد.", "%s is enabled."},
	AdminPasswordDone:     {"گذرواژهٔ %s عوض شد.", "The password of %s is set."},
	AdminKeyAdded:         {"کلید %s افزوده شد.", "Key %s added."},
	AdminKeyRemoved:       {"کلید حذف شد.", "The key is removed."},

	ErrBadKey:    {"این کلید عمومی SSH نیست. یک سطر کامل از پروندهٔ ‎.pub را بچسبانید، مثل ssh-ed25519 AAAA… نام.", "That is not an SSH public key. Paste one whole line of a .pub file, like ssh-ed25519 AAAA… name."},
	ErrKeyTaken:  {"این کلید از آنِ کاربر دیگری است. هر کس کلید خودش را بسازد (ssh-keygen).", "This key belongs to another user. Each person needs their own key (ssh-keygen)."},
	ErrNoSuchKey: {"این کاربر چنین کلیدی ندارد؛ شاید پیش‌تر حذف شده است.", "The user has no such key; perhaps it was removed already."},
}
