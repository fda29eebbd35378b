package theme

import (
	"strings"
)

// highlightVisual is Highlight's drawing in the visual modes: the text is
// reordered as a whole (a match may sit anywhere in a mixed line) and the
// marks follow each rune to its visual place.
func (t *Theme) highlightVisual(s string, mark map[int]bool, base, hl painter) string {
	vis, order := t.visual([]rune(s))
	var b strings.Builder
	start := 0
	for i := 1; i <= len(vis); i++ {
		if i < len(vis) && mark[order[i]] == mark[order[start]] {
			continue
		}
		st := base
		if mark[order[start]] {
			st = hl
		}
		b.WriteString(st.Render(string(vis[start:i])))
		start = i
	}
	return b.String()
}
