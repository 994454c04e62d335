package extractor

import "strings"

// maxExcerpt is the longest excerpt, in bytes, taken from the text.
const maxExcerpt = 300

// excerptOf returns the first paragraph of text, cut at a sentence or word
// boundary near maxExcerpt.
func excerptOf(text string) string {
	first, _, _ := strings.Cut(text, "\n\n")
	first = strings.ReplaceAll(first, "\n", " ")
	if len(first) <= maxExcerpt {
		return first
	}
	cut := first[:maxExcerpt]
	if i := strings.LastIndex(cut, ". "); i > maxExcerpt/2 {
		return cut[:i+1]
	}
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		return cut[:i] + "…"
	}
	return strings.ToValidUTF8(cut, "") + "…"
}
