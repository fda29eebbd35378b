package i18n

// Hub and spoke synchronisation: bundles, status and conflicts.

var syncMsgs = map[Key]text{}
