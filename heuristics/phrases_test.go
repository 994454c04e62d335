package heuristics

import (
	"strings"
	"testing"
)

func TestChromePhrase(t *testing.T) {
	tests := []struct {
		text string
		kind Kind // None: not chrome
	}{
		// English phrases, case and punctuation folded
		{"Advertisement", Ad},
		{"ADVERTISEMENT", Ad},
		{"  Advertisement  ", Ad},
		{"- Advertisement -", Ad},
		{"Story continues below advertisement", Ad},
		{"Share via:", Share},
		{"SHARE VIA", Share},
		{"Share this article", Share},
		{"Copy link", Share},
		{"Copied!", Share},
		{"Listen to this article", Audio},
		{"Related stories", Related},
		{"You may also like", Related},
		{"Sign up for our newsletter", Newsletter},
		{"Subscribe now →", Newsletter},
		{"Print this page", Tools},
		{"Back to top ↑", Tools},
		{"Leave a comment", Tools},

		// German, Spanish, French and others
		{"Anzeige", Ad},
		{"Werbung", Ad},
		{"Publicidad", Ad},
		{"Publicité", Ad},
		{"Artikel teilen", Share},
		{"Compartir", Share},
		{"Partager", Share},
		{"Artikel anhören", Audio},
		{"Mehr zum Thema", Related},
		{"Lesen Sie auch", Related},
		{"Lee también", Related},
		{"À lire aussi", Related},
		{"Lire aussi :", Related},
		{"Newsletter abonnieren", Newsletter},
		{"Suscríbete", Newsletter},
		{"Abonnez-vous", Newsletter},
		{"Drucken", Tools},
		{"Imprimer", Tools},
		{"Читайте также", Related},

		// reading times
		{"4 min read", Byline},
		{"4 min", Byline},
		{"5 minute read", Byline},
		{"12 minutes", Byline},
		{"Reading time: 3 minutes", Byline},
		{"Estimated reading time: 7 min", Byline},
		{"~6 min read", Byline},
		{"Lesezeit 4 Min.", Byline},
		{"Lesezeit: 4 Minuten", Byline},
		{"4 Min. Lesezeit", Byline},
		{"Tiempo de lectura: 5 minutos", Byline},
		{"5 minutos de lectura", Byline},
		{"Temps de lecture : 3 min", Byline},
		{"3 min de lecture", Byline},

		// media players
		{"0:00", Audio},
		{"12:34", Audio},
		{"1:02:03", Audio},
		{"0:00 / 4:31", Audio},
		{"1x", Audio},
		{"1.5x", Audio},
		{"1,25x", Audio},
		{"This article is read by an automated voice.", Audio},
		{"Narrated by an AI voice", Audio},

		// counters
		{"2 likes", Tools},
		{"1 like", Tools},
		{"15 upvotes", Tools},
		{"3 people found this helpful", Tools},
		{"12 comments", Comments},
		{"Comments (3)", Comments},
		{"4 replies", Comments},

		// photo credits
		{"(Getty Images)", Caption},
		{"Photo: Jane Doe/AP", Caption},
		{"(AP Photo/Matias Delacroix)", Caption},
		{"Foto: dpa", Caption},
		{"Image credit: NASA", Caption},
		{"(Reuters)", Caption},

		// edit notices
		{"Last edited by jdoe on Sat Jan 24, 2026 9:11 am, edited 1 time in total.", Byline},

		// not chrome
		{"", None},
		{"   ", None},
		{"The share price fell.", None},
		{"Advertising revenue fell by half last year, the company said.", None},
		{"He waited 4 minutes for the bus and then walked home.", None},
		{"At 12:34 the train left.", None},
		{"The photo shows a cat.", None},
		{"2 likes and a dislike make a debate", None},
		{"Shared values", None},
		{"1x1", None},
		{"Photography is an art", None},
		{"Listening is a skill we rarely practise.", None},
		{strings.Repeat("advertisement ", 40), None},
	}
	for _, tt := range tests {
		k, ok := ChromePhrase(tt.text)
		if ok != (tt.kind != None) || k != tt.kind {
			t.Errorf("ChromePhrase(%q) = %v, %v; want %v", tt.text, k, ok, tt.kind)
		}
	}
}

func TestRelatedHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"More to Read", true},
		{"Related stories", true},
		{"Related", true},
		{"Read more:", true},
		{"More from The Daily Planet", true},
		{"More on this story", true},
		{"You might also like", true},
		{"Most popular", true},
		{"Further reading", true},
		{"Lesen Sie auch", true},
		{"Mehr aus dem Ressort", true},
		{"Más sobre economía", true},
		{"À lire également", true},
		{"Leggi anche", true},
		{"Trending now", true},
		{"Background", false},
		{"Results", false},
		{"The road to recovery", false},
		{"Relativity, explained", false},
		{"", false},
		{"Related: " + strings.Repeat("a very long heading about something ", 3), false},
	}
	for _, tt := range tests {
		if got := RelatedHeading(tt.text); got != tt.want {
			t.Errorf("RelatedHeading(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestBylineText(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"By Jane Doe", true},
		{"BY JANE DOE", true},
		{"by", true},
		{"By:", true},
		{"Von Max Muster und Erika Beispiel", true},
		{"Por María García", true},
		{"Par Jean Dupont", true},
		{"Written by Sam Lee", true},
		{"Posted by admin", true},
		{"Author: Kim Park", true},
		{"Jane Doe", false},
		{"Bystanders watched the fire.", false},
		{"Byline", false},
		{"Vonnegut wrote it", false},
		{"", false},
		{"By " + strings.Repeat("name ", 30), false},
	}
	for _, tt := range tests {
		if got := BylineText(tt.text); got != tt.want {
			t.Errorf("BylineText(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Feb. 3, 2026", true},
		{"February 3, 2026", true},
		{"3 February 2026", true},
		{"3rd February 2026", true},
		{"Tuesday, February 3, 2026", true},
		{"2026-02-03", true},
		{"03.02.2026", true},
		{"3/2/26", true},
		{"3:17 PM PT", true},
		{"15:30", true},
		{"Updated January 15, 2026 at 3:00 p.m. ET", true},
		{"Published: 2026-02-03", true},
		{"Last updated on March 1, 2026", true},
		{"5 hours ago", true},
		{"3. Februar 2026", true},
		{"Aktualisiert am 3. Februar 2026, 14:05 Uhr", true},
		{"3 de febrero de 2026", true},
		{"Publicado el 3 de febrero de 2026", true},
		{"3 février 2026", true},
		{"Publié le 3 février 2026 à 14:05", true},
		{"3 febbraio 2026", true},
		{"", false},
		{"February", false},
		{"2026", false},
		{"The meeting is on February 3, 2026.", false},
		{"Updated guidance for travellers", false},
		{"May the best team win", false},
		{"Posted in Politics", false},
	}
	for _, tt := range tests {
		if got := DateLine(tt.text); got != tt.want {
			t.Errorf("DateLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestStripReplyPrefix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"re: hello", "hello"},
		{"re:hello", "hello"},
		{"re: re: hello", "hello"},
		{"aw: re: hello", "hello"},
		{"sv: hej", "hej"},
		{"antw: vraag", "vraag"},
		{"hello", "hello"},
		{"red: not a prefix", "red: not a prefix"},
		{"regarding re: x", "regarding re: x"},
		{"re: ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := StripReplyPrefix(tt.in); got != tt.want {
			t.Errorf("StripReplyPrefix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizePhrase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Share via: ", "share via"},
		{"SHARE VIA", "share via"},
		{"Share\n\tvia", "share via"},
		{"— Advertisement —", "advertisement"},
		{"« Lire aussi »", "lire aussi"},
		{"Read more →", "read more"},
		{"★ Top stories ★", "top stories"},
		{"Comments (3)", "comments (3)"},
		{"(Reuters)", "(reuters)"},
		{"Copied!", "copied!"},
		{"...", ""},
		{"", ""},
		{"ÜBERMASS", "übermass"},
		{"a  b   c", "a b c"},
		{"a\u00a0b", "a b"},
	}
	for _, tt := range tests {
		if got := NormalizePhrase(tt.in); got != tt.want {
			t.Errorf("NormalizePhrase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPhraseTablesNormalised: every table entry must survive
// normalisation unchanged, or it can never match.
func TestPhraseTablesNormalised(t *testing.T) {
	for kind, phrases := range chromePhrases {
		for _, p := range phrases {
			if n := NormalizePhrase(p); n != p {
				t.Errorf("%v phrase %q normalises to %q", kind, p, n)
			}
		}
	}
	for _, p := range relatedHeadingPrefixes {
		if strings.TrimSpace(p) == "" || strings.ToLower(p) != p {
			t.Errorf("related heading prefix %q is not lower-case", p)
		}
	}
	for _, p := range bylinePrefixes {
		if strings.ToLower(p) != p || !strings.HasSuffix(p, " ") {
			t.Errorf("byline prefix %q must be lower-case and end in a space", p)
		}
	}
}

func TestChromePhraseLengthLimit(t *testing.T) {
	long := strings.Repeat("x", MaxChromeLen+1)
	if _, ok := ChromePhrase(long); ok {
		t.Errorf("ChromePhrase accepted a block longer than MaxChromeLen")
	}
}
