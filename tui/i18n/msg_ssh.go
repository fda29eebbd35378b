package i18n

// The SSH server: messages to clients, the serve and user commands.

var sshMsgs = map[Key]text{}
