package heuristics

import (
	"regexp"
	"strings"
	"unicode"
)

// chromePhrases are whole short blocks that are page chrome wherever they
// appear: a paragraph, list item or div whose entire text (case-folded,
// trimmed of surrounding punctuation) is one of these is dropped.
var chromePhrases = map[Kind][]string{
	// ad-slot labels
	Ad: {
		"advertisement", "advertisements", "advertising", "ad", "ads", "sponsored",
		"sponsored content", "paid content", "paid post", "promoted", "promoted content",
		"story continues below advertisement", "article continues below advertisement",
		"continue reading below", "article continues below", "story continues below",
		"scroll to continue with content", "content continues below", "ad feedback",
		"report this ad", "ad choices", "adchoices", "skip advertisement",
		"anzeige", "werbung", "publicidad", "publicité", "annonce", "pubblicità",
		"advertentie", "reklame", "reklama", "annons", "mainos", "реклама", "広告",
		"publicidade", "patrocinado", "gesponsert", "sponsorisé",
		"continúa leyendo", "weiterlesen nach der anzeige", "la suite après cette publicité",
	},
	// share menus
	Share: {
		"share", "share via", "share this", "share this article", "share this story",
		"share this post", "share on facebook", "share on twitter", "share on x",
		"share on linkedin", "share on whatsapp", "share by email", "share article",
		"close extra sharing options", "more sharing options", "sharing options",
		"copy link", "copy link url", "copy url", "link copied", "copied", "copied!",
		"copy article link", "email", "e-mail", "facebook", "twitter", "x", "linkedin",
		"whatsapp", "reddit", "threads", "pinterest", "tweet", "pin it", "flipboard",
		"email facebook x linkedin threads reddit whatsapp", "follow us", "gift article",
		"teilen", "artikel teilen", "compartir", "partager", "partager l'article",
		"condividi", "delen", "dela", "udostępnij", "поделиться", "compartilhar",
	},
	// audio-player chrome
	Audio: {
		"click here to listen to this article", "listen to this article",
		"listen to this story", "listen", "audio", "play", "pause", "0:00", "1x",
		"1.0x", "listen to article", "this article is also available as audio",
		"artikel anhören", "escuchar", "écouter cet article", "ascolta l'articolo",
	},
	// recirculation headings
	Related: {
		"more to read", "related", "related stories", "related articles", "related posts",
		"related content", "related coverage", "related links", "read more",
		"read next", "up next", "you may also like", "you might also like",
		"recommended", "recommended for you", "recommended stories", "most popular",
		"most read", "trending", "trending now", "more stories", "more from",
		"more news", "also read", "see also", "don't miss", "editor's picks",
		"top stories", "latest news", "latest stories", "popular stories",
		"mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren",
		"te puede interesar", "lee también", "más noticias", "à lire aussi",
		"lire aussi", "sur le même sujet", "leggi anche", "potrebbe interessarti",
		"lees ook", "leia também", "läs också", "czytaj także", "читайте также",
	},
	// newsletter and subscription prompts
	Newsletter: {
		"subscribe", "sign up", "sign up for our newsletter", "subscribe to our newsletter",
		"get the newsletter", "newsletter", "subscribe now", "already a subscriber? sign in",
		"sign in", "log in", "register", "create a free account", "support our journalism",
		"no credit card required", "start now", "get started", "start free trial", "try it free",
		"learn more", "contact us", "request a demo", "book a demo", "get a quote",
		"newsletter abonnieren", "jetzt abonnieren", "suscríbete", "abonnez-vous",
		"iscriviti", "inscreva-se",
	},
	// page tools
	Tools: {
		"print", "print this page", "save", "save article", "bookmark", "font size",
		"text size", "comments", "comment", "leave a comment", "view comments",
		"show comments", "back to top", "top", "drucken", "imprimir", "imprimer", "stampa",
		"reply", "quote", "report", "like", "permalink", "edit", "flag", "upvote", "downvote",
	},
}

// chromePatterns are short-block patterns: reading times, media timestamps
// and playback speeds, counters and photo credits.
var chromePatterns = []struct {
	kind Kind
	re   *regexp.Regexp
}{
	// "4 min", "4 min read", "5 minute read", "Reading time: 3 minutes", "Lesezeit 4 Min."
	{Byline, regexp.MustCompile(`^(?:(?:estimated )?read(?:ing)? time ?:? ?|lesezeit ?:? ?|tiempo de lectura ?:? ?|temps de lecture ?:? ?|lettura ?:? ?)?~?\d{1,3} ?(?:min|mins|minute|minutes|minuten|minutos|minuti)\.?(?: read| de lectura| lesezeit| de lecture| di lettura)?$`)},
	// "0:00", "12:34 / 45:00"
	{Audio, regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?(?: ?/ ?\d{1,2}:\d{2}(?::\d{2})?)?$`)},
	// playback speeds "1x", "1.5x"
	{Audio, regexp.MustCompile(`^\d(?:[.,]\d{1,2})?x$`)},
	// "this is read by an automated voice..." and similar TTS notices
	{Audio, regexp.MustCompile(`^(?:this (?:article |story |audio |text )?)?(?:is |was )?(?:being )?(?:read|narrated|voiced|generated) (?:aloud )?by an? (?:automated|artificial|synthetic|ai|computer[- ]generated)?(?:[- ]generated)? ?voice`)},
	// "Last edited by jdoe on Sat Jan 24, 2026 9:11 am, edited 1 time in total."
	{Byline, regexp.MustCompile(`^(?:last )?(?:edited|modified|updated) by \S.{0,120}$`)},
	// "View all posts by Jane Doe", "More articles by Jane Doe"
	{AuthorBio, regexp.MustCompile(`^(?:view|see|read|more) (?:all |more )?(?:posts|articles|stories|columns) (?:by|from) \S.{0,60}$`)},
	// calls to action: "Start your 14-day free trial", "Book a demo", "Get started"
	{Newsletter, regexp.MustCompile(`^(?:start|try|get|begin|claim|book|request|schedule|sign up for|sign up and try) (?:your |a |my |our )?(?:free |\d+[- ]day )?(?:free )?(?:trial|demo|quote|consultation|started|now)\b.{0,60}$`)},
	// "2 likes", "15 upvotes", "3 people found this helpful"
	{Tools, regexp.MustCompile(`^\d+ (?:likes?|upvotes?|votes?|points?|reactions?|people found this helpful)$`)},
	// "12 comments", "Comments (3)"
	{Comments, regexp.MustCompile(`^(?:\d+ comments?|comments? ?\(\d+\)|\d+ responses?|\d+ replies)$`)},
	// "(Getty Images)", "Photo: Jane Doe/AP", "(AP Photo/Matias Delacroix)"
	{Caption, regexp.MustCompile(`^(?:\(?(?:photo|photograph|image|picture|foto|bild|credit|illustration)s?(?: by| credit)?[: ].{1,80}|\((?:[^()]{0,80}(?:getty|ap photo|reuters|afp|epa|shutterstock|images|photo|pool)[^()]{0,80})\))$`)},
}

// creditSuffix matches a photo credit closing a caption: "(Photo by Jane
// Doe / The Gazette)", "(AP Photo/Matias Delacroix)", "(Getty Images)".
var creditSuffix = regexp.MustCompile(`\((?:[^()]{0,80}(?:photo|photograph|foto|image|picture|illustration|credit|getty|reuters|afp|epa|shutterstock|associated press|pool)[^()]{0,80}|[^()]{1,60} / [^()]{1,60})\)\.?$`)

// CreditCaption reports whether a short block ends with a photo credit, as
// image captions do.
func CreditCaption(text string) bool {
	n := NormalizePhrase(text)
	return len(n) <= 2*MaxChromeLen && creditSuffix.MatchString(n)
}

// bylinePrefixes start a byline block: "By Jane Doe", "Von Max Muster".
var bylinePrefixes = []string{
	"by ", "von ", "por ", "par ", "di ", "door ", "av ", "af ", "autor: ",
	"author: ", "written by ", "posted by ", "words by ", "reporting by ",
}

// chromeIndex maps a normalised phrase to its kind; built once from chromePhrases.
var chromeIndex = func() map[string]Kind {
	m := make(map[string]Kind)
	for kind, phrases := range chromePhrases {
		for _, p := range phrases {
			m[NormalizePhrase(p)] = kind
		}
	}
	return m
}()

// MaxChromeLen is the longest block, in bytes of normalised text, that the
// phrase tables are tried on; longer blocks are never chrome by phrase.
const MaxChromeLen = 160

// ChromePhrase reports whether a short block's whole text is page chrome
// ("Advertisement", "Share via", "4 min read", "0:00") and of which kind.
func ChromePhrase(text string) (Kind, bool) {
	if len(text) > MaxChromeLen*2 {
		return None, false
	}
	n := NormalizePhrase(text)
	if n == "" || len(n) > MaxChromeLen {
		return None, false
	}
	if k, ok := chromeIndex[n]; ok {
		return k, true
	}
	for _, p := range chromePatterns {
		if p.re.MatchString(n) {
			return p.kind, true
		}
	}
	return None, false
}

// bioHeadingPrefixes start headings of author biographies.
var bioHeadingPrefixes = []string{
	"about the author", "about the reviewer", "about the writer", "about the contributor",
	"about the authors", "about the editor", "author bio", "meet the author", "written by",
	"über den autor", "über die autorin", "zum autor", "zur autorin", "sobre el autor",
	"sobre la autora", "à propos de l'auteur", "à propos de l’auteur", "sull'autore",
	"over de auteur", "sobre o autor", "om skribenten", "o autorze",
}

// BioHeading reports whether a heading's text introduces an author
// biography ("About the author", "Über den Autor").
func BioHeading(text string) bool {
	n := NormalizePhrase(text)
	if len(n) > 80 {
		return false
	}
	for _, p := range bioHeadingPrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// RelatedHeading reports whether a heading's text introduces a
// recirculation block ("More to Read", "Related stories", "Lesen Sie auch").
func RelatedHeading(text string) bool {
	n := NormalizePhrase(text)
	if len(n) > 60 {
		return false
	}
	if k, ok := chromeIndex[n]; ok && k == Related {
		return true
	}
	for _, p := range relatedHeadingPrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// relatedHeadingPrefixes start headings of recirculation rails.
var relatedHeadingPrefixes = []string{
	"more to read", "more from", "more on ", "more in ", "more about", "related", "read more",
	"you may also", "you might also", "recommended", "most popular", "most read",
	"more stories", "more news", "further reading", "also on ", "trending",
	"mehr zum thema", "mehr aus", "mehr von", "lesen sie auch", "más de", "más sobre",
	"plus de", "à lire", "altri articoli", "leggi anche", "meer over", "mais sobre",
}

// BylineText reports whether a short text reads like a byline ("By Jane
// Doe", "Von Max Muster und Erika Beispiel").
func BylineText(text string) bool {
	n := NormalizePhrase(text)
	if len(n) > 100 {
		return false
	}
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(n, p) && len(n) > len(p) {
			return true
		}
	}
	return n == "by"
}

// NormalizePhrase case-folds s, collapses its whitespace and trims
// surrounding punctuation and symbols, so "  Share via: " and "SHARE VIA"
// compare equal.
func NormalizePhrase(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '(' && r != ')' && r != '!' || unicode.IsSymbol(r)
	})
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// monthNames are month names and abbreviations in the languages pith knows,
// for recognising datelines.
const monthNames = `jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|` +
	`januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|` +
	`janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|` +
	`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|` +
	`gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|` +
	`janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|` +
	`januari|februari|maart|mei|augustus`

// dateLinePattern matches a block that is only a date or time, optionally
// introduced by "Updated"/"Published": "Feb. 3, 2026", "3:17 PM PT",
// "Updated January 15, 2026 at 3:00 p.m. ET", "2026-02-03", "3 de febrero de 2026".
var dateLinePattern = regexp.MustCompile(`^(?:(?:last )?(?:updated|published|posted|modified|aktualisiert|veröffentlicht|publicado|actualizado|publié|mis à jour|pubblicato|aggiornato|gepubliceerd)(?: on| am| el| le| il| at)?:? )?` +
	`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?` +
	`(?:` +
	`(?:\d{1,2}(?:st|nd|rd|th)?\.? (?:de )?(?:` + monthNames + `)\.?,?(?: de)? \d{4})|` +
	`(?:(?:` + monthNames + `)\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})|` +
	`(?:\d{4}-\d{2}-\d{2})|(?:\d{1,2}[./]\d{1,2}[./]\d{2,4})|` +
	`(?:\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)?(?: [a-z]{1,4})?)|` +
	`(?:\d+ (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago)` +
	`)` +
	`(?:,? (?:at |um |à |a las )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: uhr)?(?: [a-z]{1,4})?)?$`)

// DateLine reports whether a short block is only a date or time.
func DateLine(text string) bool {
	n := NormalizePhrase(text)
	if len(n) > 80 || n == "" {
		return false
	}
	return dateLinePattern.MatchString(n)
}

// replyPrefixes start the subjects of replies in forums and mail archives.
var replyPrefixes = []string{"re: ", "re:", "aw: ", "sv: ", "antw: ", "r: ", "res: ", "rif: ", "odp: ", "vs: "}

// StripReplyPrefix removes reply prefixes ("Re: ", "AW: ") from a
// normalised subject.
func StripReplyPrefix(s string) string {
	for again := true; again; {
		again = false
		for _, p := range replyPrefixes {
			if rest, ok := strings.CutPrefix(s, p); ok {
				s, again = strings.TrimSpace(rest), true
			}
		}
	}
	return s
}
