package heuristics

import (
	"slices"
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
		{"Sort by:", Tools},
		{"Sort by: Best selling", Tools},
		{"Sort: Best Match", Tools},
		{"Filter & Sort", Tools},
		{"Trier par", Tools},
		{"Showing all 39 results", Tools},
		{"Showing 1–24 of 338 products", Tools},
		{"Showing 36 of 84", Tools},
		{"Sort", None},
		{"Filters", None},
		{"Filter Type:", None},
		{"Sorting algorithms compared", None},
		{"Showing the way", None},
		{"Back to top ↑", Tools},
		{"Click to expand...", Tools},
		{"Zum Vergrößern anklicken....", Tools},
		{"Leave a comment", Comments},

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
		// a thread's prompts to take part
		{"You must log in or register to reply here.", Newsletter},
		{"Not open for further replies.", Newsletter},
		{"Für weitere Antworten geschlossen.", Newsletter},
		{"You must log in to reply; the thread stays open until Friday.", None},
		{"Thread Tools", Tools},
		{"You may not post replies", Tools},
		{"Jump to the section on thread tools for the details.", None},
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
		{"People who viewed this item also viewed", true},
		{"Frequently bought together", true},
		{"Similar items shipping to Bulgaria", true},
		{"Your recently viewed items", true},
		{"Kunden kauften auch", true},
		{"Produits similaires", true},
		{"Similarities between the two cases", false},
		{"Customer service", false},
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

func TestProseOpening(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"By the end of this tutorial, you will have a working assistant:", true},
		{"Par exemple, on peut le faire en deux minutes", true},
		{"By Jane Doe and John Roe, Staff Writers", false},
		{"By admin", false},
		{"By pqhost in forum Web Hosting", false},
		{"By the Editors", false},
		{"Posted by admin on March 3", false},
		{"BY JANE DOE", false},
		{"Por ejemplo, la factura llega cada mes", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := ProseOpening(tt.text); got != tt.want {
			t.Errorf("ProseOpening(%q) = %v, want %v", tt.text, got, tt.want)
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

// FuzzNormalizePhrase checks that NormalizePhrase is idempotent (callers
// normalise once and pass the result to several predicates) and that its
// fast path accepts only texts the full path leaves unchanged.
func FuzzNormalizePhrase(f *testing.F) {
	for _, s := range []string{"share via", "  Share via: ", "comments (3)", "a  b", "x.", "copied!", "\tx", "ÜBER"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizePhrase(s)
		if again := NormalizePhrase(n); again != n {
			t.Errorf("NormalizePhrase(%q) = %q, and again %q", s, n, again)
		}
		if isNormal(s) && normalizeSlow(s) != s {
			t.Errorf("fast path takes %q, full path makes it %q", s, normalizeSlow(s))
		}
	})
}

// normalizeSlow is NormalizePhrase without its fast path.
func normalizeSlow(s string) string {
	return NormalizePhrase(s + "\u00a0")
}

// TestPhraseTablesNormalised: every table entry must survive
// normalisation unchanged (but for Turkish dotless ı, which the tables spell
// as written and NormalizePhrase folds), or it can never match; and no
// phrase may name two kinds.
func TestPhraseTablesNormalised(t *testing.T) {
	seen := map[string]Kind{}
	for kind, phrases := range chromePhrases {
		for _, p := range phrases {
			if n := NormalizePhrase(p); n != strings.ReplaceAll(p, "ı", "i") {
				t.Errorf("%v phrase %q normalises to %q", kind, p, n)
			}
			n := NormalizePhrase(p)
			if k, ok := seen[n]; ok && k != kind {
				t.Errorf("phrase %q is both %v and %v", p, k, kind)
			}
			seen[n] = kind
		}
	}
	for _, table := range []map[string][]string{monthNames, weekdayNames, datePrefixes} {
		for lang, ws := range table {
			for _, p := range ws {
				if n := NormalizePhrase(p); n != strings.ReplaceAll(p, "ı", "i") {
					t.Errorf("%s date word %q normalises to %q", lang, p, n)
				}
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

// TestChromePhraseMultilingual holds at least one fixture per language and
// category, written as pages show them: capitalised, with colons, arrows,
// brackets and full-width punctuation.
func TestChromePhraseMultilingual(t *testing.T) {
	tests := []struct {
		lang, text string
		kind       Kind
	}{
		// advertisement
		{"en", "ADVERTISEMENT", Ad},
		{"de", "– Anzeige –", Ad},
		{"fr", "Publicité", Ad},
		{"es", "Publicidad", Ad},
		{"it", "Pubblicità", Ad},
		{"pt", "Publicidade", Ad},
		{"nl", "Advertentie", Ad},
		{"pl", "REKLAMA", Ad},
		{"pl", "Dalsza część artykułu pod reklamą", Ad},
		{"ru", "Реклама", Ad},
		{"ru", "На правах рекламы", Ad},
		{"tr", "Reklam", Ad},
		{"tr", "Sponsorlu İçerik", Ad},
		{"zh", "【广告】", Ad},
		{"zh", "廣告", Ad},
		{"ja", "スポンサーリンク", Ad},
		{"ko", "광고", Ad},
		{"ar", "إعلان", Ad},

		// share
		{"en", "Share this article:", Share},
		{"de", "Artikel teilen", Share},
		{"fr", "Partager cet article", Share},
		{"es", "Compartir en Facebook", Share},
		{"it", "Condividi", Share},
		{"pt", "Compartilhe", Share},
		{"nl", "Deel dit artikel", Share},
		{"pl", "Udostępnij", Share},
		{"ru", "Поделиться:", Share},
		{"tr", "PAYLAŞ", Share},
		{"tr", "Bu yazıyı paylaş", Share},
		{"zh", "分享到：", Share},
		{"zh", "複製連結", Share},
		{"ja", "この記事をシェアする", Share},
		{"ko", "공유하기", Share},
		{"ar", "شارك المقال", Share},

		// related, read more, you may also like, more to read
		{"en", "You may also like", Related},
		{"en", "More to Read", Related},
		{"de", "Das könnte Sie auch interessieren", Related},
		{"de", "Weitere Artikel", Related},
		{"fr", "Vous aimerez aussi", Related},
		{"fr", "Lire la suite →", Related},
		{"es", "Noticias relacionadas", Related},
		{"es", "Más para leer", Related},
		{"it", "Articoli correlati", Related},
		{"it", "Leggi di più", Related},
		{"pt", "Leia também:", Related},
		{"pt", "Você também pode gostar", Related},
		{"nl", "Lees ook:", Related},
		{"nl", "Meer om te lezen", Related},
		{"pl", "Czytaj także:", Related},
		{"pl", "Może Cię zainteresować", Related},
		{"ru", "Читайте также:", Related},
		{"ru", "Что ещё почитать", Related},
		{"tr", "Bunlar da ilginizi çekebilir", Related},
		{"tr", "BUNLARI DA OKUYUN", Related},
		{"tr", "Devamını oku", Related},
		{"zh", "相关阅读", Related},
		{"zh", "延伸閱讀：", Related},
		{"zh", "猜你喜欢", Related},
		{"ja", "【関連記事】", Related},
		{"ja", "あわせて読みたい", Related},
		{"ja", "続きを読む", Related},
		{"ko", "관련기사", Related},
		{"ko", "더 읽을거리", Related},
		{"ar", "اقرأ أيضاً:", Related},
		{"ar", "قد يعجبك أيضا", Related},

		// newsletter, subscribe
		{"en", "Sign up for our newsletter", Newsletter},
		{"de", "Newsletter abonnieren", Newsletter},
		{"fr", "Inscrivez-vous à notre newsletter", Newsletter},
		{"es", "Suscríbete a nuestro boletín", Newsletter},
		{"it", "Iscriviti alla newsletter", Newsletter},
		{"pt", "Assine nossa newsletter", Newsletter},
		{"nl", "Schrijf je in voor onze nieuwsbrief", Newsletter},
		{"pl", "Zapisz się do newslettera", Newsletter},
		{"ru", "Подпишитесь на рассылку", Newsletter},
		{"tr", "Bültenimize abone olun", Newsletter},
		{"zh", "立即订阅", Newsletter},
		{"ja", "メルマガ登録", Newsletter},
		{"ko", "뉴스레터 구독하기", Newsletter},
		{"ar", "اشترك في النشرة البريدية", Newsletter},

		// cookie consent
		{"en", "Accept all cookies", Consent},
		{"en", "We use cookies.", Consent},
		{"de", "Alle akzeptieren", Consent},
		{"fr", "Tout accepter", Consent},
		{"fr", "Continuer sans accepter →", Consent},
		{"es", "Aceptar todas las cookies", Consent},
		{"it", "Accetta tutti i cookie", Consent},
		{"pt", "Aceitar todos os cookies", Consent},
		{"nl", "Alles accepteren", Consent},
		{"pl", "Akceptuję", Consent},
		{"ru", "Мы используем файлы cookie", Consent},
		{"tr", "Tüm çerezleri kabul et", Consent},
		{"tr", "ÇEREZ AYARLARI", Consent},
		{"zh", "接受所有Cookie", Consent},
		{"ja", "すべて同意する", Consent},
		{"ko", "모두 허용", Consent},
		{"ar", "قبول الكل", Consent},

		// comments
		{"en", "Leave a Reply", Comments},
		{"de", "Kommentare", Comments},
		{"fr", "Laisser un commentaire", Comments},
		{"es", "Deja un comentario", Comments},
		{"it", "Commenti", Comments},
		{"pt", "Deixe um comentário", Comments},
		{"nl", "Reacties", Comments},
		{"pl", "Komentarze", Comments},
		{"ru", "Комментарии", Comments},
		{"tr", "Yorumlar", Comments},
		{"tr", "YORUM BIRAKIN", Comments},
		{"zh", "发表评论", Comments},
		{"ja", "コメントを書く", Comments},
		{"ko", "댓글", Comments},
		{"ar", "أضف تعليقاً", Comments},
		{"de", "12 Kommentare", Comments},
		{"fr", "3 commentaires", Comments},
		{"es", "Comentarios (4)", Comments},
		{"ru", "5 комментариев", Comments},
		{"pl", "7 komentarzy", Comments},
		{"tr", "8 yorum", Comments},
		{"zh", "12条评论", Comments},
		{"ja", "3件のコメント", Comments},
		{"ko", "댓글 3", Comments},
		{"ar", "12 تعليقا", Comments},

		// listen to this article
		{"en", "Listen to this article", Audio},
		{"de", "Artikel anhören", Audio},
		{"fr", "Écouter cet article", Audio},
		{"es", "Escuchar este artículo", Audio},
		{"it", "Ascolta questo articolo", Audio},
		{"pt", "Ouça este artigo", Audio},
		{"nl", "Beluister dit artikel", Audio},
		{"pl", "Posłuchaj artykułu", Audio},
		{"ru", "Слушать статью", Audio},
		{"tr", "Bu haberi dinle", Audio},
		{"zh", "收听本文", Audio},
		{"ja", "この記事を聞く", Audio},
		{"ko", "기사 듣기", Audio},
		{"ar", "استمع إلى المقال", Audio},

		// reading time
		{"en", "5 min read", Byline},
		{"de", "Lesezeit: 5 Minuten", Byline},
		{"fr", "5 min de lecture", Byline},
		{"es", "Tiempo de lectura: 5 minutos", Byline},
		{"it", "5 minuti di lettura", Byline},
		{"it", "Tempo di lettura: 5 min", Byline},
		{"pt", "5 min de leitura", Byline},
		{"pt", "Tempo de leitura: 5 minutos", Byline},
		{"nl", "Leestijd: 5 minuten", Byline},
		{"nl", "5 min leestijd", Byline},
		{"pl", "Czas czytania: 5 min", Byline},
		{"pl", "5 minut czytania", Byline},
		{"ru", "Время чтения: 5 минут", Byline},
		{"ru", "5 мин. чтения", Byline},
		{"tr", "Okuma süresi: 5 dakika", Byline},
		{"tr", "5 dakikalık okuma", Byline},
		{"tr", "5 dk okuma", Byline},
		{"zh", "閱讀時間 5 分鐘", Byline},
		{"zh", "阅读时间：约5分钟", Byline},
		{"zh", "5 分钟阅读", Byline},
		{"ja", "5分で読めます", Byline},
		{"ja", "この記事は約５分で読めます", Byline},
		{"ja", "読了時間：約5分", Byline},
		{"ko", "5분 읽기", Byline},
		{"ko", "읽는 시간 5분", Byline},
		{"ar", "5 دقائق للقراءة", Byline},
		{"ar", "٥ دقائق للقراءة", Byline},
		{"ar", "وقت القراءة: 5 دقائق", Byline},

		// page tools
		{"de", "Nach oben ↑", Tools},
		{"ru", "Наверх", Tools},
		{"ja", "ページトップへ", Tools},
		{"ar", "طباعة", Tools},

		// invisible characters and bidi marks around a phrase
		{"en", "\u200bShare\u200b", Share},
		{"ar", "\u200fاقرأ أيضا\u200f", Related},
		{"de", "An\u00adzeige", Ad},
	}
	for _, tt := range tests {
		k, ok := ChromePhrase(tt.text)
		if !ok || k != tt.kind {
			t.Errorf("%s: ChromePhrase(%q) = %v, %v; want %v", tt.lang, tt.text, k, ok, tt.kind)
		}
	}
}

// TestChromePhraseEveryEntry: every table entry is found as written, in
// upper case and with surrounding punctuation.
func TestChromePhraseEveryEntry(t *testing.T) {
	for kind, phrases := range chromePhrases {
		for _, p := range phrases {
			for _, text := range []string{p, strings.ToUpper(p), "  " + p + ":", "« " + p + " »"} {
				if k, ok := ChromePhrase(text); !ok || k != kind {
					t.Errorf("ChromePhrase(%q) = %v, %v; want %v", text, k, ok, kind)
				}
			}
		}
	}
}

// TestNotChromeMultilingual: sentences of content that use the tables'
// words are not chrome.
func TestNotChromeMultilingual(t *testing.T) {
	tests := []struct{ lang, text string }{
		{"de", "Die Anzeige erschien am Montag in der Lokalzeitung."},
		{"de", "Wir teilen die Sorge der Anwohner."},
		{"fr", "Il faut partager les frais du voyage."},
		{"es", "Los comentarios del ministro generaron polémica."},
		{"it", "La pubblicità è cresciuta del 5% nel 2025."},
		{"pt", "Leia também o relatório completo, publicado ontem pelo instituto."},
		{"nl", "De reacties van de buren waren positief."},
		{"pl", "Reklama w telewizji kosztuje coraz więcej."},
		{"ru", "Комментарии экспертов расходятся."},
		{"tr", "Yorumlar genellikle olumluydu ve proje devam etti."},
		{"zh", "广告收入在去年下降了一半。"},
		{"ja", "関連記事を書くのは難しい。"},
		{"ko", "댓글을 읽고 많은 것을 배웠다."},
		{"ar", "ارتفعت عائدات الإعلان بنسبة خمسة في المئة."},
		{"zh", "5分钟"},
		{"ja", "5分"},
		{"ar", "5 دقائق"},
		{"tr", "Okuma süresi uzundu."},
		{"ru", "Время чтения книги — пять часов."},
	}
	for _, tt := range tests {
		if k, ok := ChromePhrase(tt.text); ok {
			t.Errorf("%s: ChromePhrase(%q) = %v, want none", tt.lang, tt.text, k)
		}
	}
}

func TestRelatedHeadingMultilingual(t *testing.T) {
	tests := []struct {
		lang, text string
		want       bool
	}{
		{"en", "More to read", true},
		{"de", "Weitere Artikel aus dem Ressort", true},
		{"fr", "Les plus lus cette semaine", true},
		{"es", "Noticias relacionadas", true},
		{"it", "Articoli correlati", true},
		{"pt", "Veja também", true},
		{"nl", "Meest gelezen", true},
		{"pl", "Zobacz też", true},
		{"ru", "Похожие статьи", true},
		{"tr", "İlgili Haberler", true},
		{"zh", "相关阅读", true},
		{"ja", "関連記事", true},
		{"ko", "관련 기사", true},
		{"ar", "اقرأ أيضا", true},
		{"ar", "المزيد من الأخبار", true},
		// content headings that start like rails do not count
		{"zh", "相关政策解读", false},
		{"ja", "関連する研究の概要", false},
		{"ko", "관련 법률", false},
		{"de", "Ähnlichkeiten zwischen den Arten", false},
		{"ru", "Методы исследования", false},
	}
	for _, tt := range tests {
		if got := RelatedHeading(tt.text); got != tt.want {
			t.Errorf("%s: RelatedHeading(%q) = %v, want %v", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestBioHeading(t *testing.T) {
	tests := []struct {
		lang, text string
		want       bool
	}{
		{"en", "About the Author", true},
		{"en", "About the authors:", true},
		{"de", "Über den Autor", true},
		{"fr", "À propos de l’auteur", true},
		{"fr", "À propos de l'autrice", true},
		{"es", "Sobre el autor", true},
		{"es", "Acerca del autor", true},
		{"it", "Sull'autore", true},
		{"pt", "Sobre a autora", true},
		{"nl", "Over de auteur", true},
		{"pl", "O autorze", true},
		{"ru", "Об авторе", true},
		{"tr", "YAZAR HAKKINDA", true},
		{"tr", "Yazar hakkında", true},
		{"zh", "关于作者", true},
		{"zh", "作者簡介", true},
		{"ja", "この記事を書いた人", true},
		{"ja", "著者プロフィール", true},
		{"ko", "저자 소개", true},
		{"ar", "نبذة عن الكاتب", true},
		{"en", "About the company", false},
		{"de", "Über uns", false},
		{"ru", "Об авторском праве", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := BioHeading(tt.text); got != tt.want {
			t.Errorf("%s: BioHeading(%q) = %v, want %v", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestDateLineMultilingual(t *testing.T) {
	tests := []struct {
		lang, text string
		want       bool
	}{
		{"en", "Published Jan 3, 2026 | Updated Jan 4, 2026", true},
		{"en", "Updated November 23, 2013 Updated September 26, 2011", true},
		{"de", "Dienstag, 3. Februar 2026", true},
		{"de", "Stand: 03.02.2026, 14:05 Uhr", true},
		{"de", "vor 5 Stunden", true},
		{"fr", "mardi 3 février 2026", true},
		{"fr", "Publié le 3 févr. 2026 à 14h05", true},
		{"fr", "il y a 3 jours", true},
		{"es", "martes, 3 de febrero de 2026", true},
		{"es", "hace 2 horas", true},
		{"it", "martedì 3 febbraio 2026", true},
		{"it", "Aggiornato il 3 febbraio 2026 alle 14:05", true},
		{"it", "5 ore fa", true},
		{"pt", "terça-feira, 3 de fevereiro de 2026 às 14:05", true},
		{"pt", "Publicado em 3 de fevereiro de 2026", true},
		{"pt", "há 3 dias", true},
		{"nl", "dinsdag 3 februari 2026", true},
		{"nl", "Gepubliceerd op 3 maart 2026", true},
		{"nl", "2 uur geleden", true},
		{"pl", "3 lutego 2026", true},
		{"pl", "3 lutego 2026 r.", true},
		{"pl", "Opublikowano: 12 października 2025", true},
		{"pl", "wtorek, 3 lutego 2026", true},
		{"pl", "2 godziny temu", true},
		{"ru", "3 февраля 2026", true},
		{"ru", "3 февраля 2026 г., 14:05", true},
		{"ru", "Опубликовано: 3 марта 2026 в 14:05", true},
		{"ru", "5 часов назад", true},
		{"tr", "3 Şubat 2026", true},
		{"tr", "3 MAYIS 2026", true},
		{"tr", "12 Kasım 2025 Salı", true},
		{"tr", "Yayınlanma: 3 Aralık 2025, 14:05", true},
		{"tr", "3 saat önce", true},
		{"zh", "2026年2月3日", true},
		{"zh", "2026年2月3日 星期二", true},
		{"zh", "发布时间：2026-02-03 14:05", true},
		{"zh", "5小时前", true},
		{"ja", "2026年2月3日(火)", true},
		{"ja", "2026年２月３日（火） 14:05", true},
		{"ja", "公開日：2026年2月3日", true},
		{"ja", "更新日 2026/02/03", true},
		{"ja", "3時間前", true},
		{"ko", "2026. 2. 3.", true},
		{"ko", "2026년 2월 3일", true},
		{"ko", "입력 2026.02.03 14:05", true},
		{"ko", "입력 2026.02.03 14:05 수정 2026.02.04 10:00", true},
		{"ko", "3시간 전", true},
		{"ar", "3 فبراير 2026", true},
		{"ar", "٣ فبراير ٢٠٢٦", true},
		{"ar", "الثلاثاء، 3 فبراير 2026", true},
		{"ar", "نشر في 3 كانون الثاني 2026", true},
		{"ar", "منذ 5 ساعات", true},
		// not datelines
		{"en", "6:15 PM - 8:15 PM", false},
		{"en", "29 November 2018 | 20 January 2019", false},
		{"en", "10:46am On Nov 22, 2025", false},
		{"pl", "Sie kommen am 3. Mai.", false},
		{"tr", "Ekim ayında başladı.", false},
		{"ru", "Март", false},
		{"zh", "2026年", false},
		{"ja", "三日前に届いた手紙", false},
		{"ar", "يناير", false},
	}
	for _, tt := range tests {
		if got := DateLine(tt.text); got != tt.want {
			t.Errorf("%s: DateLine(%q) = %v, want %v", tt.lang, tt.text, got, tt.want)
		}
	}
}

// TestDateLineEveryMonth: each month name and form makes a dateline day
// first, and month first in the languages that write it so; each weekday
// opens one, and each introduction introduces one.
func TestDateLineEveryMonth(t *testing.T) {
	for lang, months := range monthNames {
		for _, m := range months {
			texts := []string{"3 " + m + " 2026", "3 " + strings.ToUpper(m) + " 2026"}
			if slices.Contains(monthFirst, lang) {
				texts = append(texts, m+" 3, 2026")
			}
			for _, text := range texts {
				if !DateLine(text) {
					t.Errorf("%s: DateLine(%q) = false", lang, text)
				}
			}
		}
	}
	for lang, days := range weekdayNames {
		for _, w := range days {
			if text := w + ", 3 March 2026"; !DateLine(text) {
				t.Errorf("%s: DateLine(%q) = false", lang, text)
			}
			if slices.Contains(closingWeekdays, lang) {
				if text := "2026-02-03 " + w; !DateLine(text) {
					t.Errorf("%s: DateLine(%q) = false", lang, text)
				}
			}
		}
	}
	for lang, prefixes := range datePrefixes {
		for _, p := range prefixes {
			for _, text := range []string{p + ": 2026-02-03", "2026-02-02 | " + p + " 2026-02-03"} {
				if !DateLine(text) {
					t.Errorf("%s: DateLine(%q) = false", lang, text)
				}
			}
		}
	}
}

func TestNormalizePhraseScripts(t *testing.T) {
	tests := []struct{ in, want string }{
		// CJK: full-width punctuation, brackets and digits
		{"【関連記事】", "関連記事"},
		{"「続きを読む」", "続きを読む"},
		{"■ 関連記事 ▼", "関連記事"},
		{"分享到：", "分享到"},
		{"阅读时间：约５分钟", "阅读时间:约5分钟"},
		{"ＳＨＡＲＥ", "share"},
		{"（火）", "(火)"},
		{"\u3000广告\u3000", "广告"},
		{"コピーしました！", "コピーしました!"},
		// Korean keeps its spaces
		{"관련  기사", "관련 기사"},
		// Arabic: punctuation, vowel marks, tatweel, digits and bidi marks
		{"اقرأ أيضاً:", "اقرأ أيضا"},
		{"اقـرأ أيضـا", "اقرأ أيضا"},
		{"«اقرأ أيضا»", "اقرأ أيضا"},
		{"\u200fمقالات ذات صلة\u200f", "مقالات ذات صلة"},
		{"٥ دقائق", "5 دقائق"},
		{"۵ دقائق", "5 دقائق"},
		{"هل تعلم؟", "هل تعلم"},
		// invisible format characters
		{"\ufeffShare", "share"},
		{"Wer\u00adbung", "werbung"},
		{"share\u200bthis", "sharethis"},
		// Turkish dotted and dotless i
		{"İLGİLİ HABERLER", "ilgili haberler"},
		{"YAZAR HAKKINDA", "yazar hakkinda"},
		{"yazar hakkında", "yazar hakkinda"},
		// Cyrillic
		{"ЧИТАЙТЕ ТАКЖЕ:", "читайте также"},
	}
	for _, tt := range tests {
		if got := NormalizePhrase(tt.in); got != tt.want {
			t.Errorf("NormalizePhrase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestChromePatternsDigit: a pattern marked as needing a digit never
// matches text without one (ChromePhrase skips it there).
func TestChromePatternsDigit(t *testing.T) {
	for i, p := range chromePatterns {
		if !p.digit {
			continue
		}
		s := p.re.re.String()
		// every alternative of the pattern holds \d
		if !strings.Contains(s, `\d`) || p.re.MatchString("") || p.re.MatchString("min read") || p.re.MatchString("comments") {
			t.Errorf("pattern %d (%v) is marked digit but may match without one: %s", i, p.kind, s)
		}
	}
	if _, ok := ChromePhrase("Reading time: five minutes"); ok {
		t.Errorf("ChromePhrase matched a reading time without digits")
	}
}

// TestHeadingPrefixesEveryEntry: every heading prefix introduces a rail or
// a biography, alone and followed by more words.
func TestHeadingPrefixesEveryEntry(t *testing.T) {
	for _, p := range relatedHeadingPrefixes {
		for _, text := range []string{strings.TrimSpace(p), strings.ToUpper(strings.TrimSpace(p)) + " news"} {
			if strings.HasSuffix(p, " ") && !strings.Contains(text, " news") {
				continue // "more on " needs a following word
			}
			if !RelatedHeading(text) {
				t.Errorf("RelatedHeading(%q) = false", text)
			}
		}
	}
	for _, p := range bioHeadingPrefixes {
		for _, text := range []string{p, strings.ToUpper(p) + ":"} {
			if !BioHeading(text) {
				t.Errorf("BioHeading(%q) = false", text)
			}
		}
	}
}

func TestHasCurrency(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"$8.03", true},
		{"8,03 €", true},
		{"£6.20", true},
		{"¥1,200", true},
		{"₹499.00", true},
		{"8.03", false},
		{"3:17 pm PT", false},
		{"March 3, 2026", false},
	}
	for _, tt := range tests {
		if got := HasCurrency(tt.text); got != tt.want {
			t.Errorf("HasCurrency(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestDateWordsStartWithLetters: no word that may open a dateline before
// its digits (introductions, weekdays, month names written first) starts
// with an ASCII digit, so dateLineDigitPattern, which leaves them out, is
// dateLinePattern for texts starting with a digit.
func TestDateWordsStartWithLetters(t *testing.T) {
	opening := append(words(datePrefixes), "last ")
	opening = append(opening, words(weekdayNames)...)
	opening = append(opening, words(monthNames, monthFirst...)...)
	for _, w := range normalizeAll(opening) {
		if w == "" || '0' <= w[0] && w[0] <= '9' {
			t.Errorf("dateline opening word %q starts with a digit", w)
		}
	}
}

// FuzzDateLineDigit: for a text starting with a digit the two dateline
// patterns agree.
func FuzzDateLineDigit(f *testing.F) {
	for _, s := range []string{"3 february 2026", "3. februar 2026, 14:05 uhr", "2026-02-03", "03.02.2026", "3/2/26",
		"2026. 2. 3.", "2026年2月3日", "2026년 2월 3일 (화)", "3:17 pm pt", "15:30", "2 hours ago", "3 de febrero de 2026",
		"3 февраля 2026 г.", "17.53", "12 of 15", "5 min", "3 feb 2026 at 3:00 p.m. et", "1 tuesday"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" || s[0] < '0' || s[0] > '9' {
			return
		}
		if a, b := dateLinePattern.MatchString(s), dateLineDigitPattern.MatchString(s); a != b {
			t.Errorf("%q: dateLinePattern %v, dateLineDigitPattern %v", s, a, b)
		}
	})
}
