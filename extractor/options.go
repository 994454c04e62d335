package extractor

import "time"

// Options tunes an extraction. The zero value is the sensible default.
type Options struct {
	// ContentType is the page's Content-Type header, if the caller has one;
	// its charset parameter decides the decoding when the page has no
	// byte-order mark.
	ContentType string
	// IncludeComments keeps reader comments below the content, and a
	// product page's customer reviews. Off by default.
	IncludeComments bool
	// NoFallback disables the go-readability second opinion, which is
	// otherwise consulted when pith's own candidate is weak.
	NoFallback bool
	// MaxBytes caps how much of the input Extract reads; 0 means
	// DefaultMaxBytes. Larger input fails with ErrTooLarge.
	MaxBytes int64
	// MaxElements caps how many elements are scored; 0 means
	// DefaultMaxElements. Elements past the cap are ignored, so a huge page
	// gives a best-effort result in bounded time.
	MaxElements int

	// Favor trades precision against recall: FavorPrecision leaves out
	// doubtful blocks, FavorRecall keeps them. The zero value balances the
	// two.
	Favor Favor
	// KeepCaptions keeps image captions and photo credits in the content.
	// They are dropped by default.
	KeepCaptions bool
	// DropTables removes tables from the content.
	DropTables bool
	// DropLinks turns links into their text in Content, HTML() and
	// Markdown().
	DropLinks bool
	// Now is the reference time for relative dates ("2 hours ago",
	// "yesterday") and the limit past which dates are rejected as being in
	// the future; the zero value means time.Now() at extraction.
	Now time.Time
}

// Favor says whether an extraction leans towards precision or recall.
type Favor string

// The values of Options.Favor.
const (
	FavorBalanced  Favor = ""          // the default
	FavorPrecision Favor = "precision" // only blocks pith is sure of
	FavorRecall    Favor = "recall"    // every block that may belong
)

const (
	// DefaultMaxBytes is the input size limit used when Options.MaxBytes is 0.
	DefaultMaxBytes = 32 << 20
	// DefaultMaxElements is the element limit used when Options.MaxElements is 0.
	DefaultMaxElements = 300_000
)

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) maxElements() int {
	if o.MaxElements <= 0 {
		return DefaultMaxElements
	}
	return o.MaxElements
}

// now returns the reference time of relative dates.
func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}
