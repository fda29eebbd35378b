package i18n

// The parallel-aid report: families aided by more than one center in a period.

var parallelMsgs = map[Key]text{}
