package i18n

// Right-to-left display modes and the calibration screen.

var rtlMsgs = map[Key]text{}
