package fetch

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// texts are paragraphs in the languages of the legacy encodings tested,
// long enough for statistical detection.
var texts = map[string]struct {
	enc  encoding.Encoding
	text string
}{
	"windows-1252": {charmap.Windows1252, "Le café du coin sert un crème brûlée à 4 €. « C’est la meilleure façade de la ville », dit-elle — naïve ou pas. Les élèves du lycée s’y retrouvent après les cours, près de la fenêtre où l’on voit la cathédrale."},
	"shift_jis":    {japanese.ShiftJIS, "東京都は十日、新しい橋の建設計画を発表した。住民は長年にわたり橋の建設を求めてきたが、費用と交通への影響について議論が続いていた。知事は記者会見で、来年の春に工事を始める予定だと述べた。"},
	"gbk":          {simplifiedchinese.GBK, "北京市政府今天宣布了一项新的桥梁建设计划。多年来，居民一直要求修建这座桥，但关于费用和对交通影响的讨论一直在继续。市长在新闻发布会上表示，工程预计明年春天开始。"},
	"koi8-r":       {charmap.KOI8R, "Городской совет во вторник обсудил строительство нового моста, которого жители добивались с тех пор, как старый закрыли. Депутаты согласились оплатить исследование стоимости, маршрута и влияния на движение в центре города."},
}

// legacyPage is a page with text in enc, and a <meta> declaring it if meta
// is not empty.
func legacyPage(t *testing.T, name, meta string) []byte {
	t.Helper()
	var head string
	if meta != "" {
		head = fmt.Sprintf(`<meta charset="%s">`, meta)
	}
	src := fmt.Sprintf("<!doctype html><html><head>%s<title>News</title></head><body><p>%s</p></body></html>", head, texts[name].text)
	b, err := texts[name].enc.NewEncoder().Bytes([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCharsets(t *testing.T) {
	// detected is what detection finds with no declaration at all: GBK
	// is read as its superset GB18030, and windows-1252 is the default.
	detected := map[string]string{"windows-1252": "windows-1252", "shift_jis": "shift_jis", "gbk": "gb18030", "koi8-r": "koi8-r"}
	type variant struct {
		name string
		ct   string // Content-Type header; "none" for no header
		meta bool   // the page declares its charset
		want func(enc string) string
	}
	itself := func(enc string) string { return enc }
	variants := []variant{
		{name: "honest header", ct: "text/html; charset=%s", want: itself},
		{name: "no Content-Type, meta", ct: "none", meta: true, want: itself},
		{name: "no charset, meta", ct: "text/html", meta: true, want: itself},
		{name: "header says utf-8, meta", ct: "text/html; charset=utf-8", meta: true, want: itself},
		{name: "server default ISO-8859-1, meta", ct: "text/html; charset=ISO-8859-1", meta: true, want: itself},
		{name: "header says utf-8, no meta", ct: "text/html; charset=UTF-8", want: func(enc string) string { return detected[enc] }},
		{name: "no Content-Type, no meta", ct: "none", want: func(enc string) string { return detected[enc] }},
		{name: "text/plain, meta", ct: "text/plain", meta: true, want: itself},
	}
	for enc := range texts {
		for _, v := range variants {
			t.Run(enc+"/"+v.name, func(t *testing.T) {
				leakCheck(t)
				meta := ""
				if v.meta {
					meta = enc
				}
				ct := v.ct
				if strings.Contains(ct, "%s") {
					ct = fmt.Sprintf(ct, enc)
				}
				srv := serve(t, typed(ct, legacyPage(t, enc, meta), nil))
				p, err := get(fast, srv.URL+"/news")
				if err != nil {
					t.Fatal(err)
				}
				if want := v.want(enc); p.Charset != want {
					t.Errorf("Charset = %q, want %q", p.Charset, want)
				}
				if !strings.Contains(string(p.UTF8()), texts[enc].text) {
					t.Errorf("UTF8() does not hold the text:\n%s", p.UTF8())
				}
			})
		}
	}
}

func TestDetectCharset(t *testing.T) {
	tests := []struct {
		name string
		body string
		ct   string
		want string
	}{
		{"utf-8 BOM beats header", "\xef\xbb\xbf<p>café</p>", "text/html; charset=iso-8859-1", "utf-8"},
		{"utf-16le BOM", "\xff\xfe<\x00p\x00>\x00", "", "utf-16le"},
		{"utf-16be BOM", "\xfe\xff\x00<\x00p\x00>", "", "utf-16be"},
		{"utf-8 header", "<p>café</p>", "text/html; charset=utf-8", "utf-8"},
		{"utf-8 labelled latin-1", "<p>café</p>", "text/html; charset=iso-8859-1", "utf-8"},
		{"utf-8 with a legacy meta", `<meta charset="windows-1251"><p>café</p>`, "text/html", "utf-8"},
		{"latin-1 header", "<p>caf\xe9</p>", "text/html; charset=iso-8859-1", "windows-1252"},
		{"unknown header charset", "<p>caf\xe9</p>", "text/html; charset=x-martian", "windows-1252"},
		{"utf-16 meta means utf-8", `<meta charset="utf-16"><p>café</p>`, "", "utf-8"},
		{"http-equiv meta", `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>x</p>`, "", "koi8-r"},
		{"meta after a long head", strings.Repeat("<script>var x;</script>", 200) + `<meta charset="shift_jis"><p>x</p>`, "", "shift_jis"},
		{"ascii only", "<p>plain</p>", "", "utf-8"},
		{"truncated utf-8 rune at the end", "<p>caf\xc3", "text/html; charset=utf-8", "utf-8"},
		{"utf-16 header without BOM", "<p>x</p>", "text/html; charset=utf-16", "utf-8"},
	}
	for _, tt := range tests {
		if got := detectCharset([]byte(tt.body), tt.ct); got != tt.want {
			t.Errorf("%s: detectCharset = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestUTF8(t *testing.T) {
	tests := []struct {
		body, charset, want string
	}{
		{"<p>caf\xe9</p>", "windows-1252", "<p>café</p>"},
		{"\xef\xbb\xbf<p>café</p>", "utf-8", "<p>café</p>"},
		{"<p>caf\xe9</p>", "utf-8", "<p>caf\uFFFD</p>"},
		{"\xff\xfe<\x00p\x00>\x00", "utf-16le", "<p>"},
		{"<p>x</p>", "", "<p>x</p>"},
	}
	for _, tt := range tests {
		p := &Page{Body: []byte(tt.body), Charset: tt.charset, Header: http.Header{}}
		if got := string(p.UTF8()); got != tt.want {
			t.Errorf("UTF8(%q in %s) = %q, want %q", tt.body, tt.charset, got, tt.want)
		}
	}
}
