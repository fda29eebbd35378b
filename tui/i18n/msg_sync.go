package i18n

// Hub and spoke synchronisation: bundles, status and conflicts.

// The sync command and its messages (helper "sync").
const (
	CLISumSync          Key = "cli.sum.sync"
	CLIUsageSync        Key = "cli.usage.sync"
	CLIFlagSyncOut      Key = "cli.flag.sync_out"
	CLIFlagSyncTo       Key = "cli.flag.sync_to"
	CLIFlagSyncFor      Key = "cli.flag.sync_for"
	CLIFlagSyncCenter   Key = "cli.flag.sync_center"
	CLIFlagSyncResend   Key = "cli.flag.sync_resend"
	CLIFlagSyncDismiss  Key = "cli.flag.sync_dismiss"
	CLIFlagSyncNote     Key = "cli.flag.sync_note"
	CLISyncUnknownSub   Key = "cli.sync.unknown_sub"
	CLISyncNeedArgs     Key = "cli.sync.need_args"
	CLISyncHubReady     Key = "cli.sync.hub_ready"
	CLISyncSpokeAdded   Key = "cli.sync.spoke_added"
	CLISyncJoined       Key = "cli.sync.joined"
	CLISyncJoinExists   Key = "cli.sync.join_exists"
	CLISyncExported     Key = "cli.sync.exported"
	CLISyncNeedFor      Key = "cli.sync.need_for"
	CLISyncImported     Key = "cli.sync.imported"
	CLISyncWaiting      Key = "cli.sync.waiting"
	CLISyncReleased     Key = "cli.sync.released"
	CLISyncHasConflicts Key = "cli.sync.has_conflicts"
	CLISyncReplayed     Key = "cli.sync.replayed"
	CLISyncRefused      Key = "cli.sync.refused"
	CLISyncProgress     Key = "cli.sync.progress"
	CLISyncRoleHub      Key = "cli.sync.role_hub"
	CLISyncRoleSpoke    Key = "cli.sync.role_spoke"
	CLISyncRoleNone     Key = "cli.sync.role_none"
	CLISyncStatusHead   Key = "cli.sync.status_head"
	CLISyncStatusLog    Key = "cli.sync.status_log"
	CLISyncMissing      Key = "cli.sync.missing"
	CLISyncNever        Key = "cli.sync.never"
	CLISyncHubName      Key = "cli.sync.hub_name"
	CLISyncNoConflicts  Key = "cli.sync.no_conflicts"
	CLISyncConflictHead Key = "cli.sync.conflict_head"
	CLISyncDismissed    Key = "cli.sync.dismissed"
	CLIFlagSyncIndex    Key = "cli.flag.sync_index"
	CLISyncIndexSent    Key = "cli.sync.index_sent"
	CLISyncIndexSaved   Key = "cli.sync.index_saved"
	CLISyncIndexBad     Key = "cli.sync.index_bad"
	CLIFlagSyncHub      Key = "cli.flag.sync_hub"
	CLIFlagSyncLogin    Key = "cli.flag.sync_login"
	CLISyncLogin        Key = "cli.sync.login"
	CLISyncLoginFailed  Key = "cli.sync.login_failed"
	CLISyncOnlineDone   Key = "cli.sync.online_done"
	CLISyncHostChanged  Key = "cli.sync.host_changed"
	CLISyncHubRefused   Key = "cli.sync.hub_refused"
	CLISyncNoHub        Key = "cli.sync.no_hub"
	SSHSyncUsage        Key = "ssh.sync.usage"
	CLIFlagSyncAgain    Key = "cli.flag.sync_again"
	SSHSyncDenied       Key = "ssh.sync.denied"
	SSHSyncExported     Key = "ssh.sync.exported"

	ErrSyncBadSign     Key = "err.sync.bad_sign"
	ErrSyncWrongKey    Key = "err.sync.wrong_key"
	ErrSyncNotForUs    Key = "err.sync.not_for_us"
	ErrSyncUnknownPeer Key = "err.sync.unknown_peer"
	ErrSyncDamaged     Key = "err.sync.damaged"
	ErrSyncNotBundle   Key = "err.sync.not_bundle"
	ErrSyncNewer       Key = "err.sync.newer"
	ErrSyncNotJoin     Key = "err.sync.not_join"
	ErrSyncRole        Key = "err.sync.role"
	ErrSyncRemoteOwner Key = "err.sync.remote_owner"
	SyncWhyNotOwner    Key = "sync.why.not_owner"
	SyncWhySameVersion Key = "sync.why.same_version"
	SyncWhyCollision   Key = "sync.why.collision"
	SyncWhyNoFile      Key = "sync.why.no_file"
	SyncWhyDamaged     Key = "sync.why.damaged"
)

// The spoke's live warning from the hub's encoded index (tui/spoke*.go).
const (
	SpokeFarName   Key = "spoke.far_name"
	SpokeContact   Key = "spoke.contact"
	SpokeNoIndex   Key = "spoke.no_index"
	SpokeIndexBad  Key = "spoke.index_bad"
	SpokeIndexSize Key = "spoke.index_size"
	AskCertainFar  Key = "spoke.ask_certain_far"
	SpokeCardTitle Key = "spoke.card_title"
	SpokeCardNote  Key = "spoke.card_note"
	SpokeCardWhere Key = "spoke.card_where"
	SpokeFarShort  Key = "spoke.far_short"
)

// The sync status and conflicts screens (tui/sync*.go).
const (
	HelpSyncStatus     Key = "sync.help_status"
	HelpSyncConflicts  Key = "sync.help_conflicts"
	HelpSyncDismiss    Key = "sync.help_dismiss"
	TitleSyncStatus    Key = "sync.title_status"
	TitleSyncConflicts Key = "sync.title_conflicts"
	SyncRoleHub        Key = "sync.role_hub"
	SyncRoleSpoke      Key = "sync.role_spoke"
	SyncHubPeer        Key = "sync.hub_peer"
	SyncColPeer        Key = "sync.col_peer"
	SyncColIn          Key = "sync.col_in"
	SyncColOut         Key = "sync.col_out"
	SyncColUnacked     Key = "sync.col_unacked"
	SyncColHeld        Key = "sync.col_held"
	SyncNever          Key = "sync.never"
	SyncBundleAt       Key = "sync.bundle_at"
	SyncNoPeers        Key = "sync.no_peers"
	SyncGap            Key = "sync.gap"
	SyncGapOne         Key = "sync.gap_one"
	SyncNoGaps         Key = "sync.no_gaps"
	SyncConflictsN     Key = "sync.conflicts_n"
	SyncConflictsNone  Key = "sync.conflicts_none"
	SyncConflictsHint  Key = "sync.conflicts_hint"
	SyncLogLine        Key = "sync.log_line"
	SyncHowTo          Key = "sync.how_to"
	SyncConfNone       Key = "sync.conf_none"
	SyncConfFrom       Key = "sync.conf_from"
	SyncConfRecord     Key = "sync.conf_record"
	SyncConfWhy        Key = "sync.conf_why"
	SyncConfFields     Key = "sync.conf_fields"
	SyncConfNoFields   Key = "sync.conf_no_fields"
	SyncConfHereNew    Key = "sync.conf_here_new"
	SyncConfNotePrompt Key = "sync.conf_note_prompt"
	SyncConfNoteNeeded Key = "sync.conf_note_needed"
	SyncConfDismissed  Key = "sync.conf_dismissed"
	SyncConfDenied     Key = "sync.conf_denied"
	SyncKindFile       Key = "sync.kind_file"
	SyncKindVisit      Key = "sync.kind_visit"
	SyncKindAid        Key = "sync.kind_aid"
	SyncKindLink       Key = "sync.kind_link"
	SyncKindDecision   Key = "sync.kind_decision"
	SyncKindCenter     Key = "sync.kind_center"
	SyncIndexLine      Key = "sync.index_line"
)

var syncMsgs = map[Key]text{
	CLISumSync: {"همگام‌سازی مراکز آفلاین با مرکز هماهنگی (با فایل)", "sync offline centers with the coordination hub (by file)"},
	CLIUsageSync: {`کاربرد:
  parvande sync init-hub --db HUB
  parvande sync add-spoke --db HUB --center CENTER --out JOIN_FILE [--again]
  parvande sync join --db SPOKE JOIN_FILE
  parvande sync export --db PATH --to FILE [--for CENTER] [--resend]
  parvande sync import --db PATH FILE...
  parvande sync status --db PATH
  parvande sync conflicts --db PATH [--dismiss N --note TEXT]
  parvande sync online --db SPOKE --hub HOST:PORT [--login LOGIN]

پایگاه هماهنگی (hub) همهٔ مراکز را دارد؛ هر مرکز آفلاین (spoke) فقط پرونده‌های خودش را.
پرونده فقط در پایگاه مرکز مالکش ویرایش می‌شود. بسته‌ها فشرده و امضاشده‌اند؛ بستهٔ دست‌خورده،
بیگانه یا تکراری رد می‌شود و چیزی تغییر نمی‌کند. در hub، --for می‌گوید بسته برای کدام مرکز است.
--resend از آخرین جای تأییدشده می‌فرستد تا بسته‌های گم‌شده جبران شوند.
hubی که سرور SSH است بسته‌ها را از راه ssh می‌گیرد و می‌دهد (هماهنگ‌کننده یا مدیر):
  ssh -p PORT LOGIN@HOST sync import < FILE
  ssh -p PORT LOGIN@HOST sync export CENTER > FILE

نمونه‌ها:
  parvande sync init-hub --db hub.db
  parvande sync add-spoke --db hub.db --center TUS --out /media/usb/tus-join.pvsync
  parvande sync join --db tus.db /media/usb/tus-join.pvsync
  parvande sync export --db tus.db --to /media/usb/tus-1.pvsync
  parvande sync import --db hub.db /media/usb/tus-1.pvsync
  parvande sync export --db hub.db --for TUS --to /media/usb/hub-to-tus-1.pvsync
  parvande sync online --db tus.db --hub hub.example.org:2222
`, `usage:
  parvande sync init-hub --db HUB
  parvande sync add-spoke --db HUB --center CENTER --out JOIN_FILE [--again]
  parvande sync join --db SPOKE JOIN_FILE
  parvande sync export --db PATH --to FILE [--for CENTER] [--resend]
  parvande sync import --db PATH FILE...
  parvande sync status --db PATH
  parvande sync conflicts --db PATH [--dismiss N --note TEXT]
  parvande sync online --db SPOKE --hub HOST:PORT [--login LOGIN]

The hub (the coordination center's database) holds every center; each offline
center's spoke holds its own files only. A file is edited only in the database
of the center that owns it. Bundles are compressed and signed; a tampered,
foreign or repeated bundle is refused and nothing changes. On the hub, --for
says which center the bundle is for. --resend starts from what the peer last
acknowledged, to make up for lost bundles. A hub that serves over SSH takes
and gives bundles through ssh (coordinators and admins):
  ssh -p PORT LOGIN@HOST sync import < FILE
  ssh -p PORT LOGIN@HOST sync export CENTER > FILE

examples:
  parvande sync init-hub --db hub.db
  parvande sync add-spoke --db hub.db --center TUS --out /media/usb/tus-join.pvsync
  parvande sync join --db tus.db /media/usb/tus-join.pvsync
  parvande sync export --db tus.db --to /media/usb/tus-1.pvsync
  parvande sync import --db hub.db /media/usb/tus-1.pvsync
  parvande sync export --db hub.db --for TUS --to /media/usb/hub-to-tus-1.pvsync
  parvande sync online --db tus.db --hub hub.example.org:2222
`},
	CLIFlagSyncOut:     {"فایل پیوستن که ساخته می‌شود", "the join file to write"},
	CLIFlagSyncTo:      {"فایل بسته که ساخته می‌شود", "the bundle file to write"},
	CLIFlagSyncFor:     {"در hub: مرکزی که بسته برای اوست (نام، کد یا شماره)", "on the hub: the center the bundle is for (name, code or number)"},
	CLIFlagSyncCenter:  {"مرکزی که آفلاین می‌شود (نام، کد یا شماره)", "the center that goes offline (name, code or number)"},
	CLIFlagSyncResend:  {"از آخرین جای تأییدشده دوباره بفرست", "send again from what the peer last acknowledged"},
	CLIFlagSyncDismiss: {"شمارهٔ ناسازگاری‌ای که کنار گذاشته می‌شود (آنچه اینجاست می‌ماند)", "number of the conflict to dismiss (what is here stays)"},
	CLIFlagSyncNote:    {"یادداشت برای سابقه", "a note for the audit trail"},
	CLISyncUnknownSub:  {"مرحلهٔ ناشناختهٔ sync: %q. ببینید: parvande sync --help", "unknown sync step %q; see parvande sync --help"},
	CLISyncNeedArgs:    {"این مرحله نیاز دارد به: %s", "this step needs: %s"},
	CLISyncHubReady: {"این پایگاه اکنون hub است. کلید آن: %s\nمراکز هنگام پیوستن همین را نشان می‌دهند؛ مقایسه کنید.",
		"this database is now the hub. Its key: %s\nspokes show it when they join; compare."},
	CLISyncSpokeAdded: {"فایل پیوستن مرکز %s در %s نوشته شد (%d پرونده). کلید hub: %s\nاین فایل پرونده‌های خانواده‌ها را دارد: مانند پشتیبان نگه دارید و پس از پیوستن پاک کنید.",
		"join file for center %s written to %s (%d files). Hub key: %s\nIt holds the households' files: carry it like a backup and delete it after the join."},
	CLISyncJoined: {"این پایگاه اکنون پایگاه آفلاین مرکز %s است، با %d پرونده. کلید hub: %s\nبررسی کنید همان کلیدی باشد که hub نشان داد.",
		"this database is now the offline database of center %s, with %d files. Hub key: %s\ncheck it is the key the hub showed."},
	CLISyncJoinExists: {"%s از پیش هست؛ پایگاه مرکز آفلاین از یک پایگاه تازه ساخته می‌شود: مسیر دیگری برای --db بدهید",
		"%s already exists; an offline center starts from a new database: give another --db path"},
	CLISyncExported: {"بستهٔ %d برای %s در %s نوشته شد: %d تغییر در %d رکورد", "bundle %d for %s written to %s: %d changes in %d records"},
	CLISyncNeedFor:  {"در hub بگویید بسته برای کدام مرکز است: --for CENTER (یکی از: %s)", "on the hub, say which center the bundle is for: --for CENTER (one of: %s)"},
	CLISyncImported: {"%s: بستهٔ %d از %s: %d رکورد اعمال شد، %d از پیش بود، %d ناسازگار", "%s: bundle %d from %s: %d records applied, %d already here, %d in conflict"},
	CLISyncWaiting: {"%s: بستهٔ %d از %s نگه داشته شد تا بستهٔ %d تا %d برسد؛ از %s بخواهید آن‌ها را بفرستد (یا sync export --resend)",
		"%s: bundle %d from %s is kept until bundles %d to %d arrive; ask %s to send them (or sync export --resend)"},
	CLISyncReleased:     {"  و %d بستهٔ نگه‌داشته اعمال شد", "  and %d kept bundles were applied"},
	CLISyncHasConflicts: {"%d تغییر اعمال نشد و منتظر هماهنگ‌کننده است: parvande sync conflicts", "%d changes were not applied and wait for a coordinator: parvande sync conflicts"},
	CLISyncReplayed:     {"%s: بستهٔ %d از %s پیش‌تر وارد شده بود؛ چیزی تغییر نکرد", "%s: bundle %d from %s was imported before; nothing changed"},
	CLISyncRefused:      {"%s: رد شد و چیزی تغییر نکرد: %s", "%s: refused, nothing changed: %s"},
	CLISyncProgress:     {"ورود بسته‌ها", "importing bundles"},
	CLISyncRoleHub:      {"نقش: hub (پایگاه هماهنگی)", "role: hub (the coordination database)"},
	CLISyncRoleSpoke:    {"نقش: پایگاه آفلاین مرکز %s", "role: offline database of center %s"},
	CLISyncRoleNone:     {"این پایگاه در شبکهٔ همگام‌سازی نیست (parvande sync init-hub یا sync join)", "this database is in no sync network (parvande sync init-hub or sync join)"},
	CLISyncStatusHead:   {"طرف\tآخرین بستهٔ دریافتی\tآخرین بستهٔ فرستاده\tتأییدنشده\tنگه‌داشته", "peer\tlast bundle in\tlast bundle out\tunacknowledged\tkept"},
	CLISyncStatusLog:    {"دفتر تغییرات: %d مورد؛ ناسازگاری‌های منتظر: %d", "change log: %d entries; conflicts waiting: %d"},
	CLISyncMissing:      {"  بستهٔ %d تا %d از %s نرسیده است", "  bundles %d to %d from %s are missing"},
	CLISyncNever:        {"هرگز", "never"},
	CLISyncHubName:      {"hub", "hub"},
	CLISyncNoConflicts:  {"ناسازگاری منتظری نیست", "no conflicts waiting"},
	CLISyncConflictHead: {"شماره\tاز\tرکورد\tچرا", "no.\tfrom\trecord\twhy"},
	CLISyncDismissed:    {"ناسازگاری %d کنار گذاشته شد: آنچه اینجاست می‌ماند", "conflict %d dismissed: what is here stays"},
	CLIFlagSyncIndex:    {"در hub: نمایهٔ تطبیق پرونده‌های مراکز دیگر (رمزگذاری‌شده، بی‌نام) را هم بفرست", "on the hub: also send the match index of the other centers' files (keyed encodings, no names)"},
	CLISyncIndexSent:    {"  با نمایهٔ تطبیق %d پرونده از مراکز دیگر", "  with the match index of %d files at other centers"},
	CLISyncIndexSaved:   {"نمایهٔ تطبیق %d پرونده از مراکز دیگر در %s ذخیره شد", "match index of %d files at other centers saved to %s"},
	SSHSyncUsage: {"کاربرد: «sync» (مراکز آفلاین با کلید همگام‌سازی)، «sync import < FILE» یا «sync export CENTER [resend] > FILE» (هماهنگ‌کننده و مدیر)",
		"usage: \"sync\" (offline centers, with their sync key), \"sync import < FILE\" or \"sync export CENTER [resend] > FILE\" (coordinators and admins)"},
	CLIFlagSyncAgain: {"مرکزی را که پیش‌تر پیوسته از نو بساز (کلید تازه؛ پایگاه گم‌شده، دزدیده‌شده یا از پشتیبان قدیمی). پیش از آن، آنچه پایگاه قدیمی دارد را صادر کنید",
		"make an existing spoke again (a new key; its database was lost, stolen or restored from an old backup). Export what the old database holds first"},
	SSHSyncDenied:      {"تنها هماهنگ‌کننده یا مدیر می‌تواند بستهٔ همگام‌سازی را وارد یا صادر کند.", "Only a coordinator or an admin may import or export sync bundles."},
	SSHSyncExported:    {"بستهٔ %d برای %s: %d تغییر در %d رکورد", "bundle %d for %s: %d changes in %d records"},
	CLIFlagSyncHub:     {"نشانی سرور SSH hub برای همگام‌سازی برخط (HOST:PORT)", "the hub's SSH server for online sync (HOST:PORT)"},
	CLIFlagSyncLogin:   {"نام ورود همگام‌سازی در hub (پیش‌فرض: sync-شمارهٔ مرکز)", "the sync login at the hub (default: sync-CENTER_NUMBER)"},
	CLISyncLogin:       {"برای همگام‌سازی برخط، این مرکز با نام %s به hub وصل می‌شود (کلیدش در hub ثبت شد)", "for online sync this center connects to the hub as %s (its key is registered at the hub)"},
	CLISyncLoginFailed: {"نام ورود همگام‌سازی برخط ساخته نشد (%s)؛ همگام‌سازی با فایل کار می‌کند", "the online sync login was not made (%s); sync by file works"},
	CLISyncOnlineDone:  {"همگام‌سازی برخط با %s: %d تغییر فرستاده شد؛ دریافت: %d رکورد اعمال شد، %d از پیش بود، %d ناسازگار", "online sync with %s: %d changes sent; received: %d records applied, %d already here, %d in conflict"},
	CLISyncHostChanged: {"کلید میزبان SSH در %s عوض شده است (اکنون %s، پیش‌تر %s). اگر سرور hub از نو نصب شده، %s را پاک کنید و دوباره بکوشید؛ وگرنه همگام نکنید", "the SSH host key of %s changed (now %s, was %s). If the hub's server was reinstalled, delete %s and try again; otherwise do not sync"},
	CLISyncHubRefused:  {"hub بسته را نپذیرفت: %s", "the hub refused the bundle: %s"},
	CLISyncNoHub:       {"به hub در %s وصل نشد: %s. شبکه و نشانی را بررسی کنید، یا با فایل همگام کنید (sync export)", "could not reach the hub at %s: %s. Check the network and the address, or sync by file (sync export)"},
	CLISyncIndexBad:    {"نمایهٔ تطبیق همراه بسته خوانده نشد و ذخیره نشد (%s)؛ بقیهٔ بسته وارد شد", "the match index in the bundle did not read and was not saved (%s); the rest of the bundle was imported"},

	ErrSyncBadSign:     {"امضای بسته نمی‌خواند: پس از ساخت تغییر کرده یا پایگاه آن مرکز آن را نساخته است؛ دوباره بگیرید", "the bundle's signature does not match: it changed after it was made, or that center's database did not make it; get it again"},
	ErrSyncWrongKey:    {"بسته با کلیدی امضا شده که این پایگاه برای آن مرکز نمی‌شناسد (از شبکهٔ دیگری است؟)", "the bundle is signed with a key this database does not know for that center (from another network?)"},
	ErrSyncNotForUs:    {"این بسته برای پایگاه دیگری است", "this bundle is addressed to another database"},
	ErrSyncUnknownPeer: {"فرستندهٔ بسته از طرف‌های این پایگاه نیست", "the bundle's sender is not a peer of this database"},
	ErrSyncDamaged:     {"فایل بسته خراب یا ناقص است؛ دوباره کپی کنید", "the bundle file is damaged or cut short; copy it again"},
	ErrSyncNotBundle:   {"این فایل بستهٔ همگام‌سازی پرونده نیست", "this file is not a parvande sync bundle"},
	ErrSyncNewer:       {"بسته را نسخهٔ تازه‌تری از پرونده ساخته؛ این یکی را به‌روز کنید", "a newer parvande made this bundle; update this one"},
	ErrSyncNotJoin:     {"این فایل پیوستن نیست؛ آن را در hub با parvande sync add-spoke بسازید", "this is not a join file; make one on the hub with parvande sync add-spoke"},
	ErrSyncRole:        {"این پایگاه برای این مرحله نقش درستی ندارد؛ ببینید: parvande sync status", "this database has the wrong sync role for this step; see parvande sync status"},
	ErrSyncRemoteOwner: {"این رکورد مال مرکزی است که در پایگاه دیگری کار می‌کند؛ آنجا تغییرش دهید", "this record belongs to a center that works in another database; change it there"},
	SyncWhyNotOwner:    {"فرستنده برای مرکز مالک این رکورد نمی‌نویسد", "the sender does not write for the record's center"},
	SyncWhySameVersion: {"دو ویرایش متفاوت از یک نسخه", "two different edits of the same version"},
	SyncWhyCollision:   {"یک شناسه و دو رکورد متفاوت (پایگاهی از پشتیبان قدیمی بازگردانده شده؟)", "one id, two different records (was a database restored from an old backup?)"},
	SyncWhyNoFile:      {"بازدید یا کمکی برای پرونده‌ای که اینجا نیست", "a visit or aid for a file not here"},
	SyncWhyDamaged:     {"رکورد خوانده نمی‌شود", "the record does not decode"},

	// The spoke's live warning from the hub's encoded index (tui/spoke*.go).
	SpokeFarName:   {"◇ پرونده در مرکز دیگر", "◇ family elsewhere"},
	SpokeContact:   {"با آن مرکز تماس بگیرید", "contact them"},
	SpokeNoIndex:   {"نمایهٔ مراکز دیگر هنوز از hub نرسیده: تنها این پایگاه بررسی شد. بسته‌ای با نمایه از hub وارد کنید.", "No match index from the hub yet: only this database was checked. Import a bundle the hub made with --index."},
	SpokeIndexBad:  {"نمایهٔ تطبیق مراکز دیگر که از hub رسیده خوانده نشد، پس مراکز دیگر بررسی نشدند. بستهٔ تازه‌ای با نمایه از hub وارد کنید.", "The hub's match index here could not be read, so other centers were not checked. Import a new bundle with the index from the hub."},
	SpokeIndexSize: {"مراکز دیگر از نمایهٔ hub (%d پرونده) بررسی می‌شوند", "other centers are checked in the hub's index (%d files)"},
	AskCertainFar:  {"خانواده‌ای که با اطمینان همین است در «%s» خدمت می‌گیرد (نمایهٔ hub)؛ با آنجا تماس بگیرید. باز هم پرونده تازه ثبت شود؟ (y/n)", "A family that is certainly this one is served by %s (the hub's index); contact them. Register a new file anyway? (y/n)"},
	SpokeCardTitle: {"تطبیق در «%s»", "Match at %s"},
	SpokeCardNote:  {"خانواده‌ای همانند این در «%s» پرونده دارد. این پایگاه از مراکز دیگر تنها نمایهٔ رمزگذاری‌شدهٔ hub را دارد، نه نام و نه جزئیات: برای هماهنگی با «%s» تماس بگیرید.", "A family like this one has a file at %s. Of other centers this database holds only the hub's encoded index, no names and no details: to coordinate, contact %s."},
	SpokeFarShort:  {"◇ در «%s»", "◇ at %s"},
	SpokeCardWhere: {"یافته در نمایهٔ رمزگذاری‌شدهٔ hub", "found in the hub's encoded index"},

	// The sync status and conflicts screens (tui/sync*.go).
	HelpSyncStatus:     {"همگام‌سازی", "sync status"},
	HelpSyncConflicts:  {"ناسازگاری‌ها", "conflicts"},
	HelpSyncDismiss:    {"نگه‌داشتن آنچه اینجاست", "keep what is here"},
	TitleSyncStatus:    {"وضعیت همگام‌سازی", "Sync status"},
	TitleSyncConflicts: {"ناسازگاری‌های همگام‌سازی", "Sync conflicts"},
	SyncRoleHub:        {"این پایگاه hub شبکه است (مرکز هماهنگی).", "This database is the network's hub (the coordination center)."},
	SyncRoleSpoke:      {"این پایگاه مرکز آفلاین «%s» است و با hub همگام می‌شود.", "This database is the offline center %s; it syncs with the hub."},
	SyncHubPeer:        {"hub (مرکز هماهنگی)", "hub (coordination)"},
	SyncColPeer:        {"مرکز", "Center"},
	SyncColIn:          {"آخرین بستهٔ دریافتی", "Last bundle in"},
	SyncColOut:         {"آخرین بستهٔ فرستاده", "Last bundle out"},
	SyncColUnacked:     {"تأییدنشده", "Unacked"},
	SyncColHeld:        {"در انتظار", "Held"},
	SyncNever:          {"هرگز", "never"},
	SyncBundleAt:       {"#%d · %s", "#%d · %s"},
	SyncNoPeers:        {"هنوز مرکزی به این شبکه نپیوسته است (parvande sync add-spoke).", "No center has joined this network yet (parvande sync add-spoke)."},
	SyncGap:            {"بسته‌های %d تا %d از «%s» نرسیده‌اند؛ بسته‌های بعدی نگه داشته شده‌اند تا آن‌ها برسند.", "Bundles %d to %d from %s are missing; later ones are held until they arrive."},
	SyncGapOne:         {"بستهٔ %d از «%s» نرسیده است؛ بسته‌های بعدی نگه داشته شده‌اند تا آن برسد.", "Bundle %d from %s is missing; later ones are held until it arrives."},
	SyncNoGaps:         {"بسته‌ای جا نیفتاده است.", "No bundle is missing."},
	SyncConflictsN:     {"%d ناسازگاری منتظر هماهنگ‌کننده است.", "%d conflicts wait for a coordinator."},
	SyncConflictsNone:  {"ناسازگاری منتظری نیست.", "No conflicts waiting."},
	SyncConflictsHint:  {"برای دیدن و حل آن‌ها c را بزنید.", "Press c to see and settle them."},
	SyncLogLine:        {"دفتر تغییرات: %d تغییر نگه داشته شده تا همه تأیید کنند.", "Change log: %d changes kept until every peer acknowledges them."},
	SyncHowTo:          {"همگام‌سازی با فرمان‌های parvande sync انجام می‌شود (export، import، یا --hub برای برخط).", "Syncing is done with the parvande sync commands (export, import, or --hub online)."},
	SyncConfNone:       {"ناسازگاری منتظری نیست.", "No conflicts waiting."},
	SyncConfFrom:       {"از", "From"},
	SyncConfRecord:     {"رکورد", "Record"},
	SyncConfWhy:        {"چرا", "Why"},
	SyncConfFields:     {"فیلدها (اینجا ← رسیده):", "Fields (here → incoming):"},
	SyncConfNoFields:   {"جزئیات فیلدها برای این نوع رکورد نشان داده نمی‌شود.", "Field details are not shown for this kind of record."},
	SyncConfHereNew:    {"%s: «%s» ← «%s»", "%s: “%s” → “%s”"},
	SyncConfNotePrompt: {"چرا آنچه اینجاست بماند؟ (یادداشت لازم است؛ enter ثبت، esc انصراف)", "Why keep what is here? (a note is required; enter to record, esc to cancel)"},
	SyncConfNoteNeeded: {"یادداشتی بنویسید که چرا آنچه اینجاست می‌ماند؛ در سابقه ثبت می‌شود.", "Write a note saying why what is here stays; it goes on record."},
	SyncConfDismissed:  {"ناسازگاری %d کنار گذاشته شد: آنچه اینجاست می‌ماند (در سابقه ثبت شد).", "Conflict %d settled: what is here stays (on record)."},
	SyncConfDenied:     {"تنها هماهنگ‌کننده یا مدیر می‌تواند ناسازگاری‌ها را ببیند و حل کند.", "Only a coordinator or an admin may see and settle conflicts."},
	SyncKindFile:       {"پرونده", "file"},
	SyncKindVisit:      {"بازدید", "visit"},
	SyncKindAid:        {"کمک", "aid"},
	SyncKindLink:       {"پیوند", "link"},
	SyncKindDecision:   {"تصمیم", "decision"},
	SyncKindCenter:     {"مرکز", "center"},
	SyncIndexLine:      {"نمایهٔ تطبیق hub: %d پرونده از مراکز دیگر، رسیده در %s.", "The hub's match index: %d files at other centers, received %s."},
}
