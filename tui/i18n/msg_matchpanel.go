package i18n

// The registration form's live duplicate panel and the certain-match confirmation.

var matchPanelMsgs = map[Key]text{}
