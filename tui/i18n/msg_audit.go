package i18n

// The audit trail screen and the audit command.

var auditMsgs = map[Key]text{}
