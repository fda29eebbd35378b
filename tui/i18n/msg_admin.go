package i18n

// The user and key administration screen.

var adminMsgs = map[Key]text{}
