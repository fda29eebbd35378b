package i18n

// Right-to-left display modes and the calibration screen.

const (
	RTLTitle        Key = "rtl.title"
	RTLAsk          Key = "rtl.ask"
	RTLSample       Key = "rtl.sample"
	RTLModeVisual   Key = "rtl.mode.visual"
	RTLModeUnshaped Key = "rtl.mode.unshaped"
	RTLModeLogical  Key = "rtl.mode.logical"
	RTLNameVisual   Key = "rtl.name.visual"
	RTLNameUnshaped Key = "rtl.name.unshaped"
	RTLNameLogical  Key = "rtl.name.logical"
	RTLCurrent      Key = "rtl.current"
	RTLNotChosen    Key = "rtl.not_chosen"
	RTLHint         Key = "rtl.hint"
	RTLOwnBidi      Key = "rtl.own_bidi"
	RTLSaved        Key = "rtl.saved"
	RTLSessionOnly  Key = "rtl.session_only"
	RTLBadFlag      Key = "rtl.bad_flag"
	RTLFlagUsage    Key = "rtl.flag_usage"
	HelpRTL         Key = "help.rtl"
	HelpRTLPick     Key = "help.rtl.pick"
	HelpRTLMove     Key = "help.rtl.move"
)

var rtlMsgs = map[Key]text{
	RTLTitle: {"نمایش متن فارسی", "Persian text display"},
	RTLAsk: {"کدام سطر نمونه درست و پیوسته خوانده می‌شود؟ ۱، ۲ یا ۳ را بزنید.",
		"Which sample line reads correctly, letters joined? Press 1, 2 or 3."},
	// The sample is Persian in both languages: it is what is being tested.
	RTLSample: {"سلام، پرونده ۱۴۰۳/۰۹/۱۲ (کد ۰۹۲۵۲۲۹۴۷۴)", "سلام، پرونده ۱۴۰۳/۰۹/۱۲ (کد ۰۹۲۵۲۲۹۴۷۴)"},
	RTLModeVisual: {"۱. برنامه ترتیب و اتصال حروف را می‌سازد (Windows Terminal، conhost، xterm، Alacritty، tmux، GNOME Terminal، mintty)",
		"1. The program orders and joins the letters (Windows Terminal, conhost, xterm, Alacritty, tmux, GNOME Terminal, mintty)"},
	RTLModeUnshaped: {"۲. برنامه ترتیب را می‌سازد، پایانه حروف را می‌چسباند",
		"2. The program orders, the terminal joins the letters"},
	RTLModeLogical: {"۳. پایانه خودش ترتیب و اتصال را می‌سازد (Konsole، PuTTY، macOS Terminal)",
		"3. The terminal orders and joins by itself (Konsole, PuTTY, macOS Terminal)"},
	RTLNameVisual:   {"دیداری", "visual"},
	RTLNameUnshaped: {"دیداری بی‌اتصال", "visual, unjoined"},
	RTLNameLogical:  {"منطقی", "logical"},
	RTLCurrent:      {"اکنون: %s", "Now: %s"},
	RTLNotChosen:    {"هنوز انتخاب نشده", "not chosen yet"},
	RTLHint: {"F8 این صفحه را هر وقت بخواهید باز می‌کند. انتخاب شما برای کاربرتان ذخیره می‌شود.",
		"F8 brings this screen back at any time. Your choice is saved for your user."},
	RTLOwnBidi: {"ستون‌ها در حالت ۳ به هم ریخته؟ در تنظیمات پایانه دوسویه (bidi) را خاموش کنید (PuTTY: Terminal › Features؛ Konsole: نمایه › Appearance) و ۱ را بزنید.",
		"Columns jumbled in mode 3? Turn the terminal's own bidi off (PuTTY: Terminal › Features; Konsole: profile › Appearance) and press 1."},
	RTLSaved:       {"نمایش فارسی: %s (ذخیره شد)", "Persian display: %s (saved)"},
	RTLSessionOnly: {"نمایش فارسی: %s (تا پایان این نشست؛ پس از ورود ذخیره می‌شود)", "Persian display: %s (for this session; log in to save it)"},
	RTLBadFlag: {"--rtl باید visual، visual-unshaped یا logical باشد",
		"--rtl must be visual, visual-unshaped or logical"},
	RTLFlagUsage: {"نمایش فارسی برای این اجرا: visual (پایانه بی‌پشتیبانی راست‌به‌چپ)، visual-unshaped یا logical (پایانه خودش ترتیب می‌دهد)",
		"Persian display for this run: visual (terminal without bidi), visual-unshaped, or logical (terminal reorders itself)"},
	HelpRTL:     {"نمایش فارسی", "Persian display"},
	HelpRTLPick: {"انتخاب", "choose"},
	HelpRTLMove: {"حرکت", "move"},
}
