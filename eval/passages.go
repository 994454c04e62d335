package eval

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// passageChars is about how much of a passage a report shows.
const passageChars = 200

// Passage is a stretch of one text that the other text lacks.
type Passage struct {
	// Words is the passage's length in tokens.
	Words int `json:"words"`
	// Text is the passage's beginning, white space collapsed, cut to about
	// 200 characters ("…" marks a cut).
	Text string `json:"text"`
}

// LongestUnmatched returns the longest passage of text that other does not
// have: the longest run of tokens of text covered by no 4-token shingle
// (compared case-insensitively) that also occurs in other. Texts of fewer
// than 4 tokens are compared with shorter shingles. It is how --worst finds
// the longest missed passage (text = truth, other = prediction) and the
// longest extra one (text = prediction, other = truth).
func LongestUnmatched(text, other string) Passage {
	spans := tokenSpans(text)
	if len(spans) == 0 {
		return Passage{}
	}
	toks := make([]string, len(spans))
	for i, s := range spans {
		toks[i] = strings.ToLower(text[s[0]:s[1]])
	}
	otherToks := Tokens(strings.ToLower(other))
	n := min(shingleSize, len(toks), max(len(otherToks), 1))
	present := make(map[wordShingle]bool, len(otherToks))
	for i := 0; i+n <= len(otherToks); i++ {
		var s wordShingle
		copy(s[:], otherToks[i:i+n])
		present[s] = true
	}
	covered := make([]bool, len(toks))
	for i := 0; i+n <= len(toks); i++ {
		var s wordShingle
		copy(s[:], toks[i:i+n])
		if present[s] {
			for j := i; j < i+n; j++ {
				covered[j] = true
			}
		}
	}
	bestStart, bestLen := 0, 0
	for i := 0; i < len(toks); {
		if covered[i] {
			i++
			continue
		}
		j := i
		for j < len(toks) && !covered[j] {
			j++
		}
		if j-i > bestLen {
			bestStart, bestLen = i, j-i
		}
		i = j
	}
	if bestLen == 0 {
		return Passage{}
	}
	from, to := spans[bestStart][0], spans[bestStart+bestLen-1][1]
	return Passage{Words: bestLen, Text: clip(strings.Join(strings.Fields(text[from:to]), " "), passageChars)}
}

// clip cuts s to at most n runes, at a word boundary when one is near,
// marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if n == 0 {
			cut = i
			break
		}
		n--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut*3/4 {
		cut = sp
	}
	return s[:cut] + "…"
}

// wordShingle is a run of up to shingleSize lower-cased tokens.
type wordShingle [shingleSize]string

// WorstPage is one of the pages on which an extractor scored lowest.
type WorstPage struct {
	ID        string  `json:"id"`
	Type      string  `json:"type,omitempty"`
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	// Missed is the longest passage of the truth the extraction lacks.
	Missed Passage `json:"missed,omitzero"`
	// Extra is the longest passage of the extraction the truth lacks.
	Extra Passage `json:"extra,omitzero"`
	// Error is the extraction's error or panic, if any.
	Error string `json:"error,omitempty"`
	// Source is the page's HTML file, to open it.
	Source string `json:"source"`
}

// worstPages returns the n pages of runs with the lowest F1 (ties: lower
// recall, then ID), with their passages. Passages are computed for those
// pages only.
func worstPages(c *Corpus, runs []extraction, n int) []WorstPage {
	order := make([]int, len(runs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		sa, sb := runs[a].score, runs[b].score
		return cmp.Or(cmp.Compare(sa.F1, sb.F1), cmp.Compare(sa.Recall, sb.Recall),
			strings.Compare(c.Pages[a].ID, c.Pages[b].ID))
	})
	worst := make([]WorstPage, 0, min(n, len(order)))
	for _, i := range order[:min(n, len(order))] {
		page, run := &c.Pages[i], &runs[i]
		w := WorstPage{
			ID:        page.ID,
			Type:      page.Type,
			F1:        run.score.F1,
			Precision: run.score.Precision,
			Recall:    run.score.Recall,
			Missed:    LongestUnmatched(page.Truth.Text, run.res.Text),
			Extra:     LongestUnmatched(run.res.Text, page.Truth.Text),
			Source:    page.Source,
		}
		if run.err != nil {
			w.Error = run.err.Error()
		}
		worst = append(worst, w)
	}
	return worst
}
