package eval

import (
	"testing"
	"time"
)

func TestNormalizeMeta(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  Hello   World \n", "HELLO WORLD"},
		{"“Hello,  World!” ", "HELLO, WORLD"},
		{"-- Title | ", "TITLE"},
		{"Straße", "STRAßE"}, // simple folding keeps ß
		{"Kelvin \u212a", "KELVIN K"},
		{"«Привет»", "ПРИВЕТ"},
		{"...", ""},
	}
	for _, tt := range tests {
		if got := NormalizeMeta(tt.in); got != tt.want {
			t.Errorf("NormalizeMeta(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSameMeta(t *testing.T) {
	tests := []struct {
		expected, got string
		want          bool
	}{
		{"Nicolas Perriault", "nicolas  perriault", true},
		{"Get your Frontend JavaScript Code Covered | Code", "Get your frontend JavaScript code covered | code", true},
		{"The Title.", "The Title", true},
		{"By Jane Doe", "Jane Doe", false},
		{"en", "en-US", false},
		{"", "", false}, // nothing expected is never a match
		{"...", "!!!", false},
		{"Title", "", false},
	}
	for _, tt := range tests {
		if got := SameMeta(tt.expected, tt.got); got != tt.want {
			t.Errorf("SameMeta(%q, %q) = %v, want %v", tt.expected, tt.got, got, tt.want)
		}
	}
}

func TestFoldMeta(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  Hello \t  World \n", "HELLO WORLD"},
		{"“Hello,  World!” ", "“HELLO, WORLD!”"}, // punctuation is kept
		{"Kelvin \u212a", "KELVIN K"},
	}
	for _, tt := range tests {
		if got := FoldMeta(tt.in); got != tt.want {
			t.Errorf("FoldMeta(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSameTitle(t *testing.T) {
	tests := []struct {
		expected, got string
		want          bool
	}{
		{"Get your Frontend JavaScript Code Covered", "get your  frontend javascript code covered", true},
		{"Why?", "Why", false},             // punctuation is not folded
		{"The Title.", "The Title", false}, // nor trimmed
		{"Headline | Site", "Headline", false},
		{"", "", false},
		{"Title", "", false},
	}
	for _, tt := range tests {
		if got := SameTitle(tt.expected, tt.got); got != tt.want {
			t.Errorf("SameTitle(%q, %q) = %v, want %v", tt.expected, tt.got, got, tt.want)
		}
	}
}

func TestSameAuthors(t *testing.T) {
	tests := []struct {
		expected string
		got      []string
		want     bool
	}{
		{"Jane Doe", []string{"jane  doe"}, true},
		{"By Jane Doe\n   Staff Writer", []string{"Jane Doe"}, true},      // the expected contains the found
		{"Jane Doe", []string{"Jane Doe", "John Roe"}, true},              // the found contain the expected
		{"Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}, true}, // each found name is in the expected
		{"Jane Doe and John Roe", []string{"Jane Doe", "Ann Poe"}, false},
		{"Jane Doe", []string{"John Roe"}, false},
		{"Jane Doe", nil, false}, // nothing found never matches
		{"Jane Doe", []string{""}, false},
		{"", []string{"Jane Doe"}, false},
	}
	for _, tt := range tests {
		if got := SameAuthors(tt.expected, tt.got); got != tt.want {
			t.Errorf("SameAuthors(%q, %q) = %v, want %v", tt.expected, tt.got, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	cet := time.FixedZone("", 3600)
	tests := []struct {
		in   string
		want Date
	}{
		{"2015-07-10T09:53:00-04:00", Date{time.Date(2015, 7, 10, 13, 53, 0, 0, time.UTC), Instant}},
		{"2019-01-03T07:00:02.000Z", Date{time.Date(2019, 1, 3, 7, 0, 2, 0, time.UTC), Instant}},
		{"2021-11-01T10:52:50+0100", Date{time.Date(2021, 11, 1, 10, 52, 50, 0, cet), Instant}},
		{"2018-04-05T06:00", Date{time.Date(2018, 4, 5, 6, 0, 0, 0, time.UTC), Instant}},
		{"2017-11-03 03:01:00.000000", Date{time.Date(2017, 11, 3, 3, 1, 0, 0, time.UTC), Instant}},
		{"2017-11-24T18:42:20.314667", Date{time.Date(2017, 11, 24, 18, 42, 20, 314667000, time.UTC), Instant}},
		{" 2024-06-25 ", Date{time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC), Day}},
		{"2015-11", Date{time.Date(2015, 11, 1, 0, 0, 0, 0, time.UTC), Month}},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil || !got.Time.Equal(tt.want.Time) || got.Precision != tt.want.Precision {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "2015-13-45"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) succeeded, want an error", bad)
		}
	}
}

func TestSamePublished(t *testing.T) {
	must := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name     string
		expected Date
		got      time.Time
		want     bool
	}{
		{"same instant, other zone", must("2015-07-10T09:53:00-04:00"), at("2015-07-10T13:53:00Z"), true},
		{"same day, other time", must("2015-07-10T09:53:00-04:00"), at("2015-07-10T01:00:00-04:00"), true},
		{"other day", must("2015-07-10T09:53:00Z"), at("2015-07-11T09:53:00Z"), false},
		{"day only", must("2024-06-25"), at("2024-06-25T22:30:00-07:00"), true},
		{"day only, same day in UTC", must("2024-06-26"), at("2024-06-25T22:30:00-07:00"), true},
		{"day only, other day", must("2024-06-25"), at("2024-06-27T10:00:00Z"), false},
		{"month only", must("2015-11"), at("2015-11-20T10:00:00Z"), true},
		{"month only, other month", must("2015-11"), at("2015-12-20T10:00:00Z"), false},
		{"nothing found", must("2015-11-20"), time.Time{}, false},
		{"nothing expected", Date{}, at("2015-11-20T10:00:00Z"), false},
	}
	for _, tt := range tests {
		if got := SamePublished(tt.expected, tt.got); got != tt.want {
			t.Errorf("%s: SamePublished(%v, %v) = %v, want %v", tt.name, tt.expected, tt.got, got, tt.want)
		}
	}
}
