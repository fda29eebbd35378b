package sshd

import "testing"

func TestEnvLang(t *testing.T) {
	tests := []struct {
		env  []string
		want string
	}{
		{nil, ""},
		{[]string{"TERM=xterm"}, ""},
		{[]string{"LANG=fa_IR.UTF-8"}, "fa_IR.UTF-8"},
		{[]string{"LANG=fa_IR.UTF-8", "LC_ALL=en_US.UTF-8"}, "en_US.UTF-8"},
		{[]string{"LC_MESSAGES=en_GB", "LANG=fa_IR"}, "en_GB"},
		{[]string{"LC_ALL=", "LANG=fa_IR"}, "fa_IR"},
		{[]string{"LANGUAGE=en", "LANG=fa"}, "fa"},
	}
	for _, tc := range tests {
		if got := envLang(tc.env); got != tc.want {
			t.Errorf("envLang(%q) = %q, want %q", tc.env, got, tc.want)
		}
	}
}

func TestSameLogin(t *testing.T) {
	tests := []struct {
		login, sshUser string
		want           bool
	}{
		{"zahra", "zahra", true},
		{"zahra", "Zahra", true},
		{"zahra", " zahra ", true},
		{"zahra", "zahra2", false},
		{"zahra", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		if got := sameLogin(tc.login, tc.sshUser); got != tc.want {
			t.Errorf("sameLogin(%q, %q) = %v", tc.login, tc.sshUser, got)
		}
	}
}
