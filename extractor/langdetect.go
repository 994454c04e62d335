package extractor

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// Limits of language detection.
const (
	// maxLangSample is how much of the content's text, in bytes, is read.
	maxLangSample = 8 << 10
	// minLangWords is the fewest words of Latin or Cyrillic text, and
	// minLangHits the fewest stopwords among them, from which a language is
	// named: shorter texts are too short to tell.
	minLangWords = 20
	minLangHits  = 5
	// minScriptShare is the share of letters a script needs to name its
	// language ("ja" for kana, "ko" for Hangul, "el" for Greek, …).
	minScriptShare = 0.3
)

// detectLanguage names the language of the content's text when the page
// declares none: by script where a script is one language's (kana,
// Hangul, Greek, Hebrew, Thai, Devanagari, Arabic, Han), else by the
// language whose stopwords (heuristics.Stopwords) the text uses most. It
// returns a primary subtag ("de"), or "" when the text is too short or
// too mixed to tell.
func detectLanguage(content *html.Node) string {
	if content == nil {
		return ""
	}
	var b strings.Builder
	walk(content, func(n *html.Node) bool {
		if b.Len() >= maxLangSample {
			return false
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		return true
	})
	return languageOf(b.String())
}

// scriptLanguages name the language of a script that (nearly) one
// language writes, checked in this order: kana before Han, so that
// Japanese with kanji is Japanese.
var scriptLanguages = []struct {
	table *unicode.RangeTable
	lang  string
}{
	{unicode.Hiragana, "ja"}, {unicode.Katakana, "ja"}, {unicode.Hangul, "ko"},
	{unicode.Han, "zh"}, {unicode.Greek, "el"}, {unicode.Hebrew, "he"},
	{unicode.Thai, "th"}, {unicode.Devanagari, "hi"}, {unicode.Arabic, "ar"},
}

// persianLetters are Arabic-script letters Persian uses and Arabic does not.
const persianLetters = "پچژگ"

// languageOf names the language of a text; see detectLanguage.
func languageOf(text string) string {
	var letters int
	counts := make([]int, len(scriptLanguages))
	persian := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < 0x370 {
			continue // Latin: no script of its own
		}
		for i, s := range scriptLanguages {
			if unicode.Is(s.table, r) {
				counts[i]++
				break
			}
		}
		if strings.ContainsRune(persianLetters, r) {
			persian++
		}
	}
	if letters == 0 {
		return ""
	}
	kana := counts[0] + counts[1]
	if kana > 0 && float64(kana+counts[3]) >= minScriptShare*float64(letters) && kana*20 >= counts[3] {
		return "ja"
	}
	for i, s := range scriptLanguages[2:] {
		if float64(counts[i+2]) >= minScriptShare*float64(letters) {
			if s.lang == "ar" && persian*50 >= counts[i+2] {
				return "fa"
			}
			return s.lang
		}
	}
	return stopwordLanguage(text)
}

// stopwordLanguage names the language whose stopwords the text uses most,
// if it uses enough of them and more than of any other language's.
func stopwordLanguage(text string) string {
	hits := make(map[string]int, len(heuristics.Stopwords))
	words := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		words++
		for lang, set := range heuristics.Stopwords {
			if set[w] {
				hits[lang]++
			}
		}
	}
	if words < minLangWords {
		return ""
	}
	best, bestN, second := "", 0, 0
	for lang, n := range hits {
		switch {
		case n > bestN || n == bestN && lang < best:
			second = max(second, bestN)
			best, bestN = lang, n
		case n > second:
			second = n
		}
	}
	if bestN < minLangHits || bestN == second {
		return ""
	}
	return best
}
