package heuristics

import (
	"strings"
	"unicode"
)

// Stopwords are the most frequent short words of each language pith
// recognises in Latin and Cyrillic script, by BCP 47 primary subtag: a
// text's language is the one whose words it uses most. Words shared by
// several languages count for each; the lists favour words that tell
// close languages apart (Danish "af", Norwegian "av", Swedish "och").
var Stopwords = func() map[string]map[string]bool {
	lists := map[string]string{
		"en": "the and of to is in that it for was on are with as this be at by not from have or but which you they their has been were will an would can there what about more when who also",
		"de": "der die und das ist nicht ein eine zu den von mit sich des auf für dem im auch es werden wird sind bei einer oder aus wie noch nach wenn aber hat",
		"fr": "le la les et des est une un du que qui dans pour pas sur au sont avec ce il elle plus par ne se aux été cette mais ou son nous vous leur",
		"es": "el la los las de que y en un una es por con para del se no al lo como más pero sus le ha este esta son fue está también entre cuando muy",
		"it": "il di che la e è per un una non con sono del della le gli dei nel alla anche come più ma si ha questo questa dalla degli nella essere",
		"pt": "o a os as de que e do da em um uma para com não é por mais dos das se ao na no como mas foi ou seu sua são também pelo pela está",
		"nl": "de het een en van is dat op te in zijn voor met niet aan er ook als bij maar om dan door naar wordt deze wat nog worden heeft",
		"sv": "och att det som en är av för på med inte den till har de ett om var men från kan så vi jag eller när sig också efter hade",
		"da": "og at det som en er af for på med ikke den til har de et om var men fra kan så vi jeg eller når sig også efter havde blev",
		"no": "og at det som en er av for på med ikke den til har de et om var men fra kan så vi jeg eller når seg også etter hadde ble",
		"fi": "ja on ei se että oli hän mutta tai kun ovat myös jo vain sen kuin joka mukaan ole olla sekä tämä niin nyt vielä",
		"pl": "i w na z że się nie do to jest jak o po co ale od za są dla przez tak jego czy już jej może tylko które który",
		"cs": "a v se na je že to s z do pro jako by ale o jsou jeho které který byl tak jen až při už také nebo bylo není",
		"sk": "a v sa na je že to s z do pre ako by ale o sú jeho ktoré ktorý bol tak len až pri už tiež alebo bolo nie",
		"ro": "și în de la a cu pe că nu din o se este pentru mai un care sau ale al lui fost sunt au dar acest această",
		"hu": "a az és hogy nem is egy van meg de ez mint csak már el volt ki még vagy azt ezt lesz pedig után szerint",
		"tr": "ve bir bu da de için ile ne çok daha gibi olarak olan en kadar ama sonra var değil ise her şey ya mı",
		"id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke ada oleh karena bisa atau sudah mereka kami kita",
		"ca": "el la els les i de que en un una és per amb no del al es com més però seu seva són també ha aquest aquesta",
		"hr": "i je u na da se za su od s ne to koji kao iz ali ili su bio bila biti će sam smo jer samo nije",
		"ru": "и в не на что с по как это он она но из к у же за от для так все его был если или бы только уже",
		"uk": "і в не на що з по як це він вона але із до у же за від для так все його був якщо або б тільки вже",
		"bg": "и в не на че с по като това той тя но от към у за до така всички го беше ако или би само вече са",
	}
	m := make(map[string]map[string]bool, len(lists))
	for lang, words := range lists {
		set := make(map[string]bool)
		for _, w := range strings.Fields(words) {
			set[w] = true
		}
		m[lang] = set
	}
	return m
}()

// Limits of language detection.
const (
	// maxLangSample is how much of a text, in bytes, Language reads.
	maxLangSample = 8 << 10
	// minLangWords is the fewest words of Latin or Cyrillic text, and
	// minLangHits the fewest stopwords among them, from which a language is
	// named: shorter texts are too short to tell.
	minLangWords = 12
	minLangHits  = 5
	// minScriptShare is the share of letters a script needs to name its
	// language ("ja" for kana, "ko" for Hangul, "el" for Greek, …).
	minScriptShare = 0.3
)

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

// cyrillicLetters are Cyrillic letters one language writes and the others
// Language tells apart do not: they name a short text's language when
// its stopwords are too few.
var cyrillicLetters = []struct{ letters, lang string }{
	{"ыэёЫЭЁ", "ru"}, {"іїєґІЇЄҐ", "uk"},
}

// Language names the language of a text: by script where a script is one
// language's (kana, Hangul, Greek, Hebrew, Thai, Devanagari, Arabic, Han),
// else by the language whose Stopwords the text uses most. It reads the
// first 8 KB and returns a primary subtag ("de"), or "" when the text is
// too short or too mixed to tell.
func Language(text string) string {
	if len(text) > maxLangSample {
		text = text[:maxLangSample]
	}
	var letters, cyrillic int
	counts := make([]int, len(scriptLanguages))
	persian := 0
	distinct := make([]int, len(cyrillicLetters))
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < 0x370 {
			continue // Latin: no script of its own
		}
		if unicode.Is(unicode.Cyrillic, r) {
			cyrillic++
			for i, c := range cyrillicLetters {
				if strings.ContainsRune(c.letters, r) {
					distinct[i]++
				}
			}
			continue
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
	lang := stopwordLanguage(text)
	if lang == "" && float64(cyrillic) >= minScriptShare*float64(letters) {
		// a short Cyrillic text: its distinctive letters, when only
		// one language's appear
		found := ""
		for i, c := range cyrillicLetters {
			if distinct[i] > 0 {
				if found != "" {
					return "" // letters of two languages
				}
				found = c.lang
			}
		}
		return found
	}
	return lang
}

// stopwordLanguage names the language whose stopwords the text uses most,
// if it uses enough of them and more than of any other language's.
func stopwordLanguage(text string) string {
	hits := make(map[string]int, len(Stopwords))
	words := 0
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		words++
		for lang, set := range Stopwords {
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
