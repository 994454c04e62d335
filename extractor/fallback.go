package extractor

import (
	"log/slog"
	"strings"
	"unicode"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// Second-opinion constants.
const (
	// weakContentLen is the text length, in runes, below which pith's own
	// candidate is weak and go-readability is consulted.
	weakContentLen = 500
	// maxFallbackElements and maxFallbackDepth bound the pages the second
	// opinion is asked about.
	maxFallbackElements = 20_000
	maxFallbackDepth    = 150
	// fallbackGain is how much longer the second opinion's text must be to
	// be taken instead.
	fallbackGain = 1.5
	// minFallbackProse is the least prose, in runes, of a second opinion
	// taken where pith found no content of its own.
	minFallbackProse = 200
)

// textRunesUpTo is what measure gives as n's text length, except that it
// stops counting once the count reaches limit: it returns at least limit
// then.
func textRunesUpTo(n *html.Node, limit int) int {
	total := 0
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && total < limit; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				l, _ := textStats(c.Data)
				total += l
			case html.ElementNode:
				visit(c)
			}
		}
	}
	visit(n)
	return total
}

// discardLogger drops go-readability's log records before they are built.
var discardLogger = slog.New(slog.DiscardHandler)

// secondOpinion asks go-readability for the content when pith's own
// candidate is weak, and takes its answer, pruned like ours, when it finds
// clearly more text.
func (d *document) secondOpinion(fresh func() *html.Node) {
	edits := d.edits
	d.edits = nil // what follows needs no undoing
	if d.opts.NoFallback || fresh == nil || d.ctx.Err() != nil {
		return
	}
	if d.elements > maxFallbackElements || d.depth > maxFallbackDepth {
		// go-readability's cost grows faster than the page: it takes
		// seconds on ten thousand nested elements
		return
	}
	if textRunesUpTo(d.content, weakContentLen) >= weakContentLen {
		// strong enough: no need to measure it all (confidence does,
		// after finish)
		return
	}
	d.measure(d.content)
	ours := d.info[d.content].text
	if ours >= weakContentLen {
		return
	}

	doc := edits.original(d.root)
	if doc == nil {
		doc = fresh()
	}
	if doc == nil {
		return
	}
	// The copy is ours to mutate; its metadata is pith's to read.
	parser := readability.NewParser()
	parser.DisableJSONLD = true
	// its default logger formats every Info record for io.Discard
	parser.Logger = discardLogger
	art, err := parser.ParseAndMutate(doc, d.pageURL)
	if err != nil || art.Node == nil {
		return
	}
	d.measure(art.Node)
	theirs := d.info[art.Node].text
	if float64(theirs) < float64(ours)*fallbackGain || theirs < minBlockLen {
		return
	}
	if d.itemList && ours >= minBlockLen && sharedWords(innerText(d.content), innerText(art.Node)) < minSharedWords {
		// pith found a list of like items and the second opinion holds
		// next to none of its words: not a fuller copy of the same
		// content but another block (a shipping banner, a brand blurb)
		return
	}
	saved := d.content
	savedBylines := d.bylines
	d.content = art.Node
	d.prune(pruneListing)
	d.measure(d.content)
	if fi := d.info[d.content]; fi.text <= ours || ours < minBlockLen && fi.prose < minFallbackProse {
		// (when pith found nothing, an answer with next to no prose
		// is the chrome of a page rendered by scripts: its footer's
		// links, a newsletter prompt)
		d.content, d.bylines = saved, savedBylines
		return
	}
	d.fallback = true
}

// minSharedWords is the least share of the words of pith's item list that
// a second opinion must hold to be taken instead of it.
const minSharedWords = 0.2

// sharedWords returns the share of ours's words (runs of letters and
// digits, in any case) that occur in theirs; 1 when ours has none.
func sharedWords(ours, theirs string) float64 {
	set := make(map[string]bool)
	for _, w := range strings.FieldsFunc(strings.ToLower(theirs), notWordRune) {
		set[w] = true
	}
	n, in := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(ours), notWordRune) {
		n++
		if set[w] {
			in++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(in) / float64(n)
}

// notWordRune reports a rune that separates words.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
