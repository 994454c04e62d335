package savedpage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/seed-d9e9b10c/pith/extractor"
)

// Status is the outcome of checking a page.
type Status int8

// The outcomes of Check.
const (
	Same    Status = iota // the output matches every expectation
	Changed               // the text or a metadata field differs
	New                   // the page has no expected.txt yet
	Failed                // the page could not be read or extracted
)

func (s Status) String() string {
	switch s {
	case Same:
		return "same"
	case Changed:
		return "changed"
	case New:
		return "new"
	}
	return "failed"
}

// Result is the outcome of checking one page.
type Result struct {
	// Ref is the page checked.
	Ref
	Status Status
	// Page is the page as read; nil if it could not be.
	Page *Page
	// Text is the text pith extracted; Got holds the extracted metadata,
	// every expected field set.
	Text string
	Got  Meta
	// TextChanged reports that Text differs from the page's expected.txt;
	// Fields lists the meta.json members whose expectation differs, in file
	// order.
	TextChanged bool
	Fields      []string
	// Err says why the page failed; it names the page.
	Err error
}

// Check reads the page at ref, extracts it with opts (whose ContentType,
// when empty, is the page's recorded content_type, and whose Now, when
// zero, is the page's recorded fetch time) and compares the output
// with the page's expectations. A page on which pith finds no main content
// gives an empty text, not a failure.
func Check(ref Ref, opts extractor.Options) *Result {
	r := &Result{Ref: ref}
	p, err := Load(ref.Dir, ref.ID)
	if err != nil {
		return r.fail(err)
	}
	r.Page = p
	src, err := p.ReadSource()
	if err != nil {
		return r.fail(&Error{ref.Dir, err})
	}
	if opts.ContentType == "" {
		opts.ContentType = p.Meta.ContentType
	}
	if opts.Now.IsZero() {
		// relative dates ("2 hours ago") are read as on the day of the
		// download, so that the output does not change with the clock
		opts.Now = p.Meta.Fetched
	}
	a, err := extractor.ExtractBytes(context.Background(), src, p.Meta.PageURL(), opts)
	if err != nil && !(errors.Is(err, extractor.ErrNoContent) && a != nil) {
		return r.fail(&Error{ref.Dir, err})
	}
	if a == nil {
		return r.fail(&Error{ref.Dir, errors.New("extractor returned no article")})
	}
	r.Text, r.Got = a.Text, Expectations(a)

	if !p.HasExpected {
		r.Status = New
		return r
	}
	r.TextChanged = r.Text != p.Expected
	r.Fields, err = compareMeta(&p.Meta, &r.Got)
	if err != nil {
		return r.fail(&Error{ref.Dir, fmt.Errorf("%s: %w", MetaFile, err)})
	}
	if r.TextChanged || len(r.Fields) > 0 {
		r.Status = Changed
	}
	return r
}

func (r *Result) fail(err error) *Result {
	r.Status, r.Err = Failed, err
	return r
}

// Expectations returns a's metadata as meta.json's expected fields, all
// set: authors [] when there are none, published "" when unknown.
func Expectations(a *extractor.Article) Meta {
	authors := slices.Clone(a.Authors)
	if authors == nil {
		authors = []string{}
	}
	published := ""
	if !a.Published.IsZero() {
		published = a.Published.Format(time.RFC3339)
	}
	return Meta{
		Title:     &a.Title,
		Authors:   &authors,
		Published: &published,
		SiteName:  &a.SiteName,
		Language:  &a.Language,
		Excerpt:   &a.Excerpt,
	}
}

// compareMeta returns the expected fields of want that got does not meet.
// got has every expected field set.
func compareMeta(want, got *Meta) ([]string, error) {
	var changed []string
	check := func(name string, same bool) {
		if !same {
			changed = append(changed, name)
		}
	}
	if want.Title != nil {
		check("title", *want.Title == *got.Title)
	}
	if want.Authors != nil {
		check("authors", slices.Equal(*want.Authors, *got.Authors))
	}
	if want.Published != nil {
		same, err := samePublished(*want.Published, *got.Published)
		if err != nil {
			return nil, err
		}
		check("published", same)
	}
	if want.SiteName != nil {
		check("site_name", *want.SiteName == *got.SiteName)
	}
	if want.Language != nil {
		// BCP 47 tags are case-insensitive: "en-gb" and "en-GB" are one tag.
		check("language", strings.EqualFold(*want.Language, *got.Language))
	}
	if want.Excerpt != nil {
		check("excerpt", *want.Excerpt == *got.Excerpt)
	}
	return changed, nil
}

// samePublished compares an expected date with the extracted one (RFC 3339
// or ""): "" expects no date, an RFC 3339 timestamp the same instant
// whatever the zone, YYYY-MM-DD the same calendar day in the extracted
// date's own zone.
func samePublished(want, got string) (bool, error) {
	if want == "" {
		return got == "", nil
	}
	var g time.Time
	if got != "" {
		var err error
		if g, err = time.Parse(time.RFC3339, got); err != nil {
			return false, err
		}
	}
	if w, err := time.Parse(time.RFC3339Nano, want); err == nil {
		return got != "" && g.Equal(w), nil
	}
	if _, err := time.Parse(time.DateOnly, want); err == nil {
		return got != "" && g.Format(time.DateOnly) == want, nil
	}
	return false, fmt.Errorf("published %q is neither RFC 3339 nor YYYY-MM-DD", want)
}
