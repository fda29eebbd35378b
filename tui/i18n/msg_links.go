package i18n

// The file screen's linked-files tab: files at other centers linked as the same person, and their aid.

var linksMsgs = map[Key]text{}
