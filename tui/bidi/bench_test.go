package bidi

import "testing"

// BenchmarkVisualLine is one typical table cell of Persian, digits and
// Latin, shaped and reordered: the cost every visible cell pays in visual
// mode.
func BenchmarkVisualLine(b *testing.B) {
	rs := []rune("سلام، پرونده ۱۴۰۳/۰۹/۱۲ (کد ۰۹۲۵۲۲۹۴۷۴) Ali")
	b.ReportAllocs()
	for b.Loop() {
		Visual(rs, RTL, true)
	}
}

// BenchmarkLatinLine is text with nothing right-to-left, which skips the
// algorithm.
func BenchmarkLatinLine(b *testing.B) {
	rs := []rune("Household file 1403/09/12 (code 0925229474) Ali")
	b.ReportAllocs()
	for b.Loop() {
		Visual(rs, LTR, true)
	}
}
