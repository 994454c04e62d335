package eval

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
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

// detectLanguage guesses the language of a text (heuristics.Language,
// the detector pith itself uses): "" when the text is too short or no
// language stands out.
func detectLanguage(text string) string { return heuristics.Language(text) }

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
