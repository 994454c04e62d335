package eval

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Where a page's language in the per-language breakdown comes from, in
// order of preference.
const (
	// LangDeclared: the page's <html lang> (or xml:lang), else its
	// Content-Language meta tag.
	LangDeclared = "declared"
	// LangExtracted: the language the first extractor reported (pith's
	// Article.Language also reads JSON-LD inLanguage and og:locale).
	LangExtracted = "extracted"
	// LangDetected: guessed from the truth text's script and function words.
	LangDetected = "detected"
	// LangUnknown: none of these; the page counts under "und".
	LangUnknown = "unknown"
)

// undetermined is the BCP 47 tag of an unknown language.
const undetermined = "und"

// declaredLanguage returns the primary language subtag that page declares
// in its <html lang> or xml:lang attribute, or else in a
// <meta http-equiv="Content-Language"> tag before <body>; "" if none.
func declaredLanguage(page []byte) string {
	z := html.NewTokenizer(bytes.NewReader(page))
	meta := ""
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return meta
		case html.StartTagToken, html.SelfClosingTagToken:
		default:
			continue
		}
		name, hasAttr := z.TagName()
		switch atom.Lookup(name) {
		case atom.Html:
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if key := string(k); key == "lang" || key == "xml:lang" {
					if l := primaryLanguage(string(v)); l != "" {
						return l
					}
				}
			}
		case atom.Meta:
			equiv, content := false, ""
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "http-equiv":
					equiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-language")
				case "content":
					content = string(v)
				}
			}
			if equiv && meta == "" {
				meta = primaryLanguage(content)
			}
		case atom.Body:
			return meta
		}
	}
}

// primaryLanguage returns the lower-cased primary subtag of a language tag
// ("pt-BR" and "pt_BR" give "pt", "zh-Hant-TW" gives "zh"), or "" for an
// empty, undetermined or malformed tag. A list ("en, fr") gives its first.
func primaryLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_,; "); i >= 0 {
		tag = tag[:i]
	}
	tag = strings.ToLower(tag)
	if len(tag) < 2 || len(tag) > 3 || tag == undetermined {
		return ""
	}
	for i := 0; i < len(tag); i++ {
		if tag[i] < 'a' || tag[i] > 'z' {
			return ""
		}
	}
	return tag
}

// detectMaxRunes bounds how much of a text detectLanguage reads.
const detectMaxRunes = 20000

// detectLanguage guesses the language of a text: by its script where the
// script says it (Hangul, kana, Han, Arabic, Cyrillic, …), else by which
// language's commonest function words it uses most. It returns "" when
// the text is too short or no language stands out.
func detectLanguage(text string) string {
	var counts struct{ letters, hangul, kana, han, arabic, cyrillic, ukrainian, greek, hebrew, thai, devanagari int }
	n := 0
	for _, r := range text {
		if n++; n > detectMaxRunes {
			break
		}
		if !unicode.IsLetter(r) {
			continue
		}
		counts.letters++
		switch {
		case r < 0x0370:
		case unicode.Is(unicode.Hangul, r):
			counts.hangul++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			counts.kana++
		case unicode.Is(unicode.Han, r):
			counts.han++
		case unicode.Is(unicode.Arabic, r):
			counts.arabic++
		case unicode.Is(unicode.Cyrillic, r):
			counts.cyrillic++
			if strings.ContainsRune("іїєґІЇЄҐ", r) {
				counts.ukrainian++
			}
		case unicode.Is(unicode.Greek, r):
			counts.greek++
		case unicode.Is(unicode.Hebrew, r):
			counts.hebrew++
		case unicode.Is(unicode.Thai, r):
			counts.thai++
		case unicode.Is(unicode.Devanagari, r):
			counts.devanagari++
		}
	}
	if counts.letters < 20 {
		return ""
	}
	// a script that writes a third of the letters decides; Japanese mixes
	// kana with Han, Chinese has no kana
	third := counts.letters / 3
	switch {
	case counts.hangul > third:
		return "ko"
	case counts.kana+counts.han > third && counts.kana*10 > counts.han:
		return "ja"
	case counts.han > third:
		return "zh"
	case counts.arabic > third:
		return "ar"
	case counts.cyrillic > third && counts.ukrainian*50 > counts.cyrillic:
		return "uk"
	case counts.cyrillic > third:
		return "ru"
	case counts.greek > third:
		return "el"
	case counts.hebrew > third:
		return "he"
	case counts.thai > third:
		return "th"
	case counts.devanagari > third:
		return "hi"
	}
	return detectByWords(text)
}

// functionWords are the commonest short words of the Latin-script
// languages detectLanguage tells apart. A word may serve several languages.
var functionWords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "with", "for", "this", "are", "was", "you", "it", "on"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "ein", "eine", "den", "auf", "sich", "dem", "zu", "auch"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "pas", "qui", "sur", "au"},
	"es": {"el", "los", "las", "del", "que", "por", "una", "con", "para", "es", "se", "al", "como", "más", "y"},
	"it": {"il", "di", "che", "della", "per", "non", "sono", "una", "gli", "nel", "anche", "è", "con", "del", "le"},
	"pt": {"o", "os", "do", "da", "não", "uma", "com", "para", "que", "em", "dos", "são", "no", "na", "é"},
	"nl": {"de", "het", "een", "van", "en", "is", "niet", "dat", "op", "voor", "met", "zijn", "te", "ook", "bij"},
	"pl": {"i", "w", "nie", "się", "na", "jest", "że", "do", "z", "to", "jak", "o", "ale", "od", "po"},
	"tr": {"ve", "bir", "bu", "için", "ile", "da", "de", "çok", "olarak", "daha", "gibi", "ne", "olan", "en", "ama"},
}

// functionWordIndex maps each function word to the languages using it.
var functionWordIndex = func() map[string][]string {
	m := map[string][]string{}
	for lang, words := range functionWords {
		for _, w := range words {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// detectByWords picks the language whose function words are the most
// frequent in text, if they make at least a tenth of its first words and
// clearly beat the runner-up's.
func detectByWords(text string) string {
	hits := map[string]int{}
	words := 0
	for f := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if words++; words > 2000 {
			break
		}
		for _, lang := range functionWordIndex[f] {
			hits[lang]++
		}
	}
	best, bestN, secondN := "", 0, 0
	for lang, h := range hits {
		switch {
		case h > bestN || h == bestN && lang < best:
			best, bestN, secondN = lang, h, bestN
		case h > secondN:
			secondN = h
		}
	}
	if best == "" || bestN*10 < words || bestN*4 < secondN*5 {
		return ""
	}
	return best
}

// pageLanguage decides the language a page is counted under, and where
// that came from: what the page declares, else what the first extractor
// reported, else a guess from the truth text, else "und".
func pageLanguage(declared, extracted, truth string) (lang, source string) {
	if declared != "" {
		return declared, LangDeclared
	}
	if l := primaryLanguage(extracted); l != "" {
		return l, LangExtracted
	}
	if l := detectLanguage(truth); l != "" {
		return l, LangDetected
	}
	return undetermined, LangUnknown
}
