package eval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Score is a precision, recall and F1 triple, each in [0, 1].
type Score struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// harmonic returns 2pr/(p+r), or 0 when both are 0.
func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// isWordRune reports whether r belongs to a `\w` run as Python's re module
// defines it for str patterns (which both benchmarks use): a letter, a
// number of any kind (decimal digits, ², Roman numerals, …) or '_'.
// Combining marks are not word characters there, so they split words.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens returns the `\w+` runs of text, in order: the tokens both
// benchmarks compare. Letters keep their case.
func Tokens(text string) []string {
	var toks []string
	eachToken(text, func(tok string) { toks = append(toks, tok) })
	return toks
}

// tokenSpans returns the byte offsets [start, end) of the tokens of text.
func tokenSpans(text string) [][2]int {
	var spans [][2]int
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			spans = append(spans, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(text)})
	}
	return spans
}

// eachToken calls fn with each `\w+` run of text, without allocating.
func eachToken(text string, fn func(tok string)) {
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(text[start:])
	}
}

// lower lower-cases s as Python's str.lower does, which the benchmarks'
// scripts use: like strings.ToLower, except that 'İ' becomes "i̇" (so a
// word splits at the combining dot, as in Python) and a capital sigma ending
// a word becomes 'ς'.
func lower(s string) string {
	if !strings.ContainsAny(s, "İΣ") {
		return strings.ToLower(s)
	}
	s = strings.ReplaceAll(s, "İ", "i\u0307")
	rs := []rune(s)
	for i, r := range rs {
		if r == 'Σ' && i > 0 && unicode.IsLetter(rs[i-1]) && (i+1 == len(rs) || !unicode.IsLetter(rs[i+1])) {
			rs[i] = 'ς'
		}
	}
	return strings.ToLower(string(rs))
}

// bag is the multiset of the lower-cased tokens of a truth text, indexed so
// that a prediction is scored in one pass with no map of its own.
type bag struct {
	ids    map[string]int32 // token → index in counts
	counts []int32          // occurrences of each distinct token
	total  int
}

func newBag(text string) bag {
	b := bag{ids: map[string]int32{}}
	eachToken(lower(text), func(tok string) {
		id, ok := b.ids[tok]
		if !ok {
			id = int32(len(b.counts))
			b.ids[tok] = id
			b.counts = append(b.counts, 0)
		}
		b.counts[id]++
		b.total++
	})
	return b
}

// score compares a predicted text with b, the truth, as WCXB does.
func (b bag) score(pred string) Score {
	used := make([]int32, len(b.counts))
	overlap, total := 0, 0
	eachToken(lower(pred), func(tok string) {
		total++
		if id, ok := b.ids[tok]; ok && used[id] < b.counts[id] {
			used[id]++
			overlap++
		}
	})
	if b.total == 0 {
		if total == 0 {
			return Score{1, 1, 1}
		}
		return Score{}
	}
	if total == 0 {
		return Score{}
	}
	p := float64(overlap) / float64(total)
	r := float64(overlap) / float64(b.total)
	return Score{Precision: p, Recall: r, F1: harmonic(p, r)}
}

// WordScore is WCXB's bag-of-words metric: both texts are lower-cased and
// cut into `\w+` tokens; the overlap is the size of the multiset
// intersection; precision = overlap / predicted tokens, recall = overlap /
// truth tokens. An empty truth scores 1 if the prediction is empty too, else
// 0; an empty prediction scores 0.
func WordScore(pred, truth string) Score {
	return newBag(truth).score(pred)
}

// shingleSize is the number of tokens in a ScrapingHub shingle.
const shingleSize = 4

// Token ids no truth token has: noToken pads the shingle of a text shorter
// than shingleSize tokens; unknownToken stands for a predicted token the
// truth lacks.
const (
	noToken      = ^uint32(0)
	unknownToken = noToken - 1
)

// shingleKey is a run of up to shingleSize token ids, padded with noToken.
type shingleKey [shingleSize]uint32

// shingleBag is the multiset of the 4-token shingles of a truth text (case
// kept), indexed so that a prediction is matched in one pass.
type shingleBag struct {
	ids    map[string]uint32    // token → id
	seq    []uint32             // the text's tokens as ids
	index  map[shingleKey]int32 // shingle → index in counts
	counts []int32
	total  int
}

func newShingleBag(text string) shingleBag {
	b := shingleBag{ids: map[string]uint32{}, index: map[shingleKey]int32{}}
	eachToken(text, func(tok string) {
		id, ok := b.ids[tok]
		if !ok {
			id = uint32(len(b.ids))
			b.ids[tok] = id
		}
		b.seq = append(b.seq, id)
	})
	eachShingle(b.seq, func(k shingleKey) {
		i, ok := b.index[k]
		if !ok {
			i = int32(len(b.counts))
			b.index[k] = i
			b.counts = append(b.counts, 0)
		}
		b.counts[i]++
		b.total++
	})
	return b
}

// eachShingle calls fn with every shingle of seq: one per window of
// shingleSize tokens, or a single shorter one when seq is shorter; none
// when seq is empty.
func eachShingle(seq []uint32, fn func(shingleKey)) {
	if len(seq) == 0 {
		return
	}
	for i := range max(1, len(seq)-shingleSize+1) {
		k := shingleKey{noToken, noToken, noToken, noToken}
		copy(k[:], seq[i:min(i+shingleSize, len(seq))])
		fn(k)
	}
}

// predSeq maps a predicted text's tokens to b's ids (unknownToken for
// tokens the truth lacks).
func (b shingleBag) predSeq(pred string) []uint32 {
	var seq []uint32
	eachToken(pred, func(tok string) {
		id, ok := b.ids[tok]
		if !ok {
			id = unknownToken
		}
		seq = append(seq, id)
	})
	return seq
}

// match compares a predicted token sequence (from predSeq) with b, the truth.
func (b shingleBag) match(seq []uint32) ShingleCounts {
	used := make([]int32, len(b.counts))
	tp, total := 0, 0
	eachShingle(seq, func(k shingleKey) {
		total++
		if i, ok := b.index[k]; ok && used[i] < b.counts[i] {
			used[i]++
			tp++
		}
	})
	fp, fn := total-tp, b.total-tp
	sum := float64(tp + fp + fn)
	if sum == 0 {
		return ShingleCounts{}
	}
	return ShingleCounts{TP: float64(tp) / sum, FP: float64(fp) / sum, FN: float64(fn) / sum}
}

// sameSeq reports whether a predicted token sequence (from predSeq) is the
// truth's: the ScrapingHub accuracy criterion.
func (b shingleBag) sameSeq(seq []uint32) bool {
	return slices.Equal(b.seq, seq)
}

// ShingleCounts is one page's result under the ScrapingHub metric: the
// true-positive, false-positive and false-negative shingle counts,
// normalised to sum to 1 so that long pages weigh no more than short ones.
// All three are 0 when neither text has a token.
type ShingleCounts struct {
	TP, FP, FN float64
}

// ShingleMatch compares two texts as the ScrapingHub benchmark does: the
// multisets of their 4-token shingles (case kept; a text of fewer than 4
// tokens forms one shorter shingle) are intersected.
func ShingleMatch(pred, truth string) ShingleCounts {
	b := newShingleBag(truth)
	return b.match(b.predSeq(pred))
}

// Precision is the benchmark's per-page precision: 1 when nothing is
// extra or missed, 0 when nothing was predicted, else TP/(TP+FP).
func (c ShingleCounts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is the benchmark's per-page recall: 1 when nothing is extra or
// missed, 0 when the truth is empty, else TP/(TP+FN).
func (c ShingleCounts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// Score returns the page's precision, recall and their harmonic mean.
func (c ShingleCounts) Score() Score {
	p, r := c.Precision(), c.Recall()
	return Score{Precision: p, Recall: r, F1: harmonic(p, r)}
}

// ShingleSummary aggregates pages as the ScrapingHub benchmark does:
// precision is the mean per-page precision over the pages with TP+FP > 0
// (a page with no prediction does not count), recall the mean per-page
// recall over the pages with TP+FN > 0, and F1 the harmonic mean of those
// two means (not the mean of per-page F1s).
func ShingleSummary(pages []ShingleCounts) Score {
	var pSum, rSum float64
	var pN, rN int
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			pSum += c.Precision()
			pN++
		}
		if c.TP+c.FN > 0 {
			rSum += c.Recall()
			rN++
		}
	}
	var s Score
	if pN > 0 {
		s.Precision = pSum / float64(pN)
	}
	if rN > 0 {
		s.Recall = rSum / float64(rN)
	}
	s.F1 = harmonic(s.Precision, s.Recall)
	return s
}

// SnippetShare returns the share of snippets that occur in text, compared
// case-insensitively as plain substrings (WCXB's with/without check).
// Empty snippets are ignored; ok is false when none is left.
func SnippetShare(text string, snippets []string) (share float64, ok bool) {
	lowered := make([]string, 0, len(snippets))
	for _, s := range snippets {
		if strings.TrimSpace(s) != "" {
			lowered = append(lowered, lower(s))
		}
	}
	return snippetShare(lower(text), lowered)
}

// snippetShare is SnippetShare on already lower-cased text and snippets.
func snippetShare(lowerText string, lowerSnippets []string) (float64, bool) {
	if len(lowerSnippets) == 0 {
		return 0, false
	}
	found := 0
	for _, s := range lowerSnippets {
		if strings.Contains(lowerText, s) {
			found++
		}
	}
	return float64(found) / float64(len(lowerSnippets)), true
}

// SameText reports whether two texts are equal once trailing whitespace is
// removed from every line and leading and trailing blank space from the
// whole, and CRLF line ends are read as LF: the saved-pages exact match.
func SameText(a, b string) bool {
	return normalizeLines(a) == normalizeLines(b)
}

func normalizeLines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
