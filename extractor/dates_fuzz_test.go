package extractor

import (
	"strings"
	"testing"
	"time"
)

// FuzzParseDate: parseDate and findDate take any text a page holds. They
// must not panic, must be deterministic, and a date they report is a real
// calendar day within the plausible years.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"", "yesterday", "2026-02-04T15:17:00-08:00", "2024-06-11 11:06:04+00:00", "2025-11-07",
		"Sat, 21 Dec 2024 10:00:00 GMT", "December 17, 2025", "Published Oct 20, 2025 at 5:00 PM PST",
		"3. März 2026", "3 de febrero de 2026", "1850-01-01", "31/02/2026", "2/3/2026", "03.02.2026",
		"Updated on 3rd Feb. 2026, 10:00", "2026/13/45", "99999-01-01", "1 1 1", "T", "+0000",
		strings.Repeat("2026-", 20), strings.Repeat("3 de ", 30) + "2026",
	} {
		f.Add(s)
	}
	check := func(t *testing.T, name, s string, got time.Time, ok bool) {
		if !ok {
			if !got.IsZero() {
				t.Fatalf("%s(%q) = %v, false: want the zero time with false", name, s, got)
			}
			return
		}
		if y := got.Year(); y < 1990 || y > 2100 {
			t.Fatalf("%s(%q) = %v: year outside 1990–2100", name, s, got)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseDate(s)
		check(t, "parseDate", s, got, ok)
		if again, ok2 := parseDate(s); ok2 != ok || !again.Equal(got) {
			t.Fatalf("parseDate(%q) is not deterministic: %v, %v then %v, %v", s, got, ok, again, ok2)
		}
		got, ok = findDate(s)
		check(t, "findDate", s, got, ok)
		if ok && (got.Hour() != 0 || got.Minute() != 0 || got.Location() != time.UTC) {
			t.Fatalf("findDate(%q) = %v, want a calendar day at midnight UTC", s, got)
		}
	})
}
