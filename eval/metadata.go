package eval

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Metadata field names, as used in reports and floors files.
const (
	FieldTitle     = "title"
	FieldAuthors   = "authors"
	FieldPublished = "published"
	FieldSiteName  = "site_name"
	FieldLanguage  = "language"
	FieldExcerpt   = "excerpt"
)

// metaFields lists the metadata fields in report order.
var metaFields = [...]string{FieldTitle, FieldAuthors, FieldPublished, FieldSiteName, FieldLanguage, FieldExcerpt}

// NormalizeMeta prepares a metadata value for comparison: case is folded,
// runs of white space become one space, and white space, punctuation and
// symbols around the value are dropped ("“Hello,  World!” " and
// "hello, world" normalise alike).
func NormalizeMeta(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune maps r to the smallest rune of its simple case-folding orbit, so
// that 'k', 'K' and the Kelvin sign fold alike.
func foldRune(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// SameMeta reports whether got matches a non-empty expected metadata value
// once both are normalised with NormalizeMeta. It compares the fields the
// metadata issue gives no rule of their own: site name, language, excerpt.
func SameMeta(expected, got string) bool {
	e := NormalizeMeta(expected)
	return e != "" && e == NormalizeMeta(got)
}

// FoldMeta folds case and white space: runs of white space become one
// space, white space around the value is dropped and case is folded.
// Punctuation is kept: "Why?" and "Why" differ.
func FoldMeta(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, w := range strings.Fields(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, r := range w {
			b.WriteRune(foldRune(r))
		}
	}
	return b.String()
}

// SameTitle reports whether got is the expected title: equal after case
// and white-space folding (FoldMeta), as the metadata issue defines a title
// match.
func SameTitle(expected, got string) bool {
	e := FoldMeta(expected)
	return e != "" && e == FoldMeta(got)
}

// SameAuthors reports whether the authors found match the expected byline:
// after case and white-space folding one contains the other, as the
// metadata issue defines an author match. The names found are compared
// joined by ", ", and the expected byline contains them when it contains
// each name, however it joins them. "By Jane Doe" matches [Jane Doe],
// "Jane Doe" matches [Jane Doe, John Roe], "Jane Doe and John Roe" matches
// [Jane Doe, John Roe]; an empty value matches nothing.
func SameAuthors(expected string, got []string) bool {
	e, g := FoldMeta(expected), FoldMeta(strings.Join(got, ", "))
	if e == "" || g == "" {
		return false
	}
	if strings.Contains(e, g) || strings.Contains(g, e) {
		return true
	}
	for _, name := range got {
		if n := FoldMeta(name); n == "" || !strings.Contains(e, n) {
			return false
		}
	}
	return true
}

// sameText compares a text field by the field's rule: SameTitle for the
// title, SameAuthors for the authors, SameMeta for the others.
func sameText(field, expected string, got Result) bool {
	switch field {
	case FieldTitle:
		return SameTitle(expected, got.Title)
	case FieldAuthors:
		return SameAuthors(expected, got.Authors)
	}
	return SameMeta(expected, got.meta(field))
}

// Date is an expected publication date and how precisely it is known.
type Date struct {
	Time      time.Time
	Precision DatePrecision
}

// DatePrecision is how much of a Date the source gave.
type DatePrecision int8

// Date precisions, finest first.
const (
	Instant DatePrecision = iota // a time of day, perhaps a zone
	Day                          // a calendar day, such as 2024-06-25
	Month                        // a month, such as 2015-11
)

// IsZero reports whether no date is set.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// dateLayouts are the forms publication dates take in the corpora and in
// meta.json files, most specific first. Fractional seconds are accepted
// after any seconds field.
var dateLayouts = []struct {
	layout    string
	precision DatePrecision
}{
	{time.RFC3339, Instant},
	{"2006-01-02T15:04:05Z0700", Instant},
	{"2006-01-02T15:04:05", Instant},
	{"2006-01-02T15:04Z07:00", Instant},
	{"2006-01-02T15:04", Instant},
	{"2006-01-02 15:04:05Z07:00", Instant},
	{"2006-01-02 15:04:05 -0700", Instant},
	{"2006-01-02 15:04:05", Instant},
	{"2006-01-02 15:04", Instant},
	{time.RFC1123Z, Instant},
	{time.RFC1123, Instant},
	{"2006-01-02", Day},
	{"2006/01/02", Day},
	{"January 2, 2006", Day},
	{"Jan 2, 2006", Day},
	{"2 January 2006", Day},
	{"2006-01", Month},
	{"January 2006", Month},
}

// errBadDate reports a date in none of the known forms.
var errBadDate = errors.New("unrecognised date")

// ParseDate reads a publication date written as RFC 3339 (or a close
// variant: no seconds, no zone, a space for 'T', "+0100" zones), as a bare
// day such as "2024-06-25" or as a month such as "2015-11". Times without a
// zone are taken as UTC.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return Date{Time: t, Precision: l.precision}, nil
		}
	}
	return Date{}, fmt.Errorf("%w: %q", errBadDate, s)
}

// SamePublished reports whether got matches the expected date: the same
// instant or the same calendar day (each read in its own time zone, or both
// in UTC), or the same month when only the month is expected. A zero got
// never matches.
func SamePublished(expected Date, got time.Time) bool {
	if expected.IsZero() || got.IsZero() {
		return false
	}
	e := expected.Time
	switch expected.Precision {
	case Month:
		return e.Year() == got.Year() && e.Month() == got.Month() ||
			e.UTC().Year() == got.UTC().Year() && e.UTC().Month() == got.UTC().Month()
	case Instant:
		if e.Equal(got) {
			return true
		}
	}
	return sameDay(e, got) || sameDay(e.UTC(), got.UTC())
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}
