package tui

import (
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/tui/i18n"
)

// joinLines stacks rendered lines.
func joinLines(lines []string) string { return strings.Join(lines, "\n") }

// indent centres a block of width w in the session's width, for the small
// screens (login, setup) that would look lost against one edge.
func indent(s *Session, block string, w int) string {
	if s.Width <= w {
		return block
	}
	return s.Theme.Center(block, s.Width)
}

// normalLogin is how login names are stored: trimmed, lower case.
func normalLogin(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func centerMap(cs []domain.Center) map[domain.CenterID]domain.Center {
	m := make(map[domain.CenterID]domain.Center, len(cs))
	for _, c := range cs {
		m[c.ID] = c
	}
	return m
}

// joinComma joins items with the language's comma.
func joinComma(tr *i18n.T, items []string) string {
	if tr.Lang() == i18n.Fa {
		return strings.Join(items, "، ")
	}
	return strings.Join(items, ", ")
}
