package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
)

func TestDeclaredLanguage(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<!DOCTYPE html><html lang="en-US"><head><title>x</title></head><body></body></html>`, "en"},
		{`<html LANG="pt_BR"><p>x`, "pt"},
		{`<html xml:lang="zh-Hant-TW" xmlns="http://www.w3.org/1999/xhtml">`, "zh"},
		{`<html><head><meta http-equiv="Content-Language" content="fr, en"></head><body>`, "fr"},
		{`<html lang=""><head><meta http-equiv="content-language" content="de"></head>`, "de"},
		{`<html lang="und"><body><meta http-equiv="content-language" content="de">`, ""},
		{`<html lang="{{ lang }}"><body>`, ""},
		{`<html lang="x-default"><body>`, ""},
		{`<p>no declaration at all</p>`, ""},
		{``, ""},
	}
	for _, tt := range tests {
		if got := declaredLanguage([]byte(tt.page)); got != tt.want {
			t.Errorf("declaredLanguage(%q) = %q, want %q", tt.page, got, tt.want)
		}
	}
}

func TestPrimaryLanguage(t *testing.T) {
	tests := []struct{ tag, want string }{
		{"en", "en"}, {"EN-gb", "en"}, {"pt_BR", "pt"}, {" es-419 ", "es"}, {"zh-Hant", "zh"},
		{"fil", "fil"}, {"und", ""}, {"", ""}, {"e", ""}, {"english", ""}, {"x-default", ""}, {"12", ""},
	}
	for _, tt := range tests {
		if got := primaryLanguage(tt.tag); got != tt.want {
			t.Errorf("primaryLanguage(%q) = %q, want %q", tt.tag, got, tt.want)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The committee said that the plan is expected to be approved this year, and that it will be reviewed with the city.", "en"},
		{"Die Kommission sagte, dass der Plan in diesem Jahr genehmigt werden soll und mit der Stadt auf den Prüfstand kommt.", "de"},
		{"La commission a dit que le plan est attendu pour cette année et qu'il sera examiné dans les mois qui viennent avec la ville.", "fr"},
		{"La comisión dijo que el plan se aprobará este año y que los vecinos podrán opinar con la ciudad para el proyecto.", "es"},
		{"La commissione ha detto che il piano non sarà approvato per quest'anno e che gli abitanti della città sono contrari.", "it"},
		{"A comissão disse que o plano não será aprovado este ano e que os moradores da cidade são contra o projeto em curso.", "pt"},
		{"De commissie zei dat het plan niet dit jaar wordt goedgekeurd en dat de bewoners van de stad er ook niet voor zijn.", "nl"},
		{"Komisja powiedziała, że plan nie jest gotowy i że mieszkańcy miasta są przeciw, ale to się może zmienić po wyborach.", "pl"},
		{"Komisyon, planın bu yıl onaylanmayacağını ve şehir sakinlerinin de buna karşı olduğunu söyledi; bu karar için çok tartışma var.", "tr"},
		{"Комиссия заявила, что план не будет утвержден в этом году, и жители города против этого решения.", "ru"},
		{"Комісія заявила, що план не буде затверджено цього року, і жителі міста проти цього рішення.", "uk"},
		{"委员会表示，该计划今年不会获得批准，市民也反对这一决定，讨论仍在继续进行之中。", "zh"},
		{"委員会は、この計画は今年は承認されないと述べ、市民もこの決定に反対している。", "ja"},
		{"위원회는 올해 그 계획이 승인되지 않을 것이라고 말했고 시민들도 이 결정에 반대하고 있다.", "ko"},
		{"قالت اللجنة إن الخطة لن تتم الموافقة عليها هذا العام وإن سكان المدينة يعارضون هذا القرار.", "ar"},
		{"Η επιτροπή είπε ότι το σχέδιο δεν θα εγκριθεί φέτος και ότι οι κάτοικοι της πόλης είναι αντίθετοι.", "el"},
		// too short, or no language stands out
		{"OK", ""},
		{"", ""},
		{"lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt", ""},
	}
	for _, tt := range tests {
		if got := detectLanguage(tt.text); got != tt.want {
			t.Errorf("detectLanguage(%.40q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestPageLanguage(t *testing.T) {
	tests := []struct{ declared, extracted, truth, lang, source string }{
		{"de", "en", "The text is English, but the page says German.", "de", LangDeclared},
		{"", "pt-BR", "whatever", "pt", LangExtracted},
		{"", "", "Der Text ist deutsch und die Seite sagt es nicht, aber man kann es lesen.", "de", LangDetected},
		{"", "", "", undetermined, LangUnknown},
	}
	for _, tt := range tests {
		lang, source := pageLanguage(tt.declared, tt.extracted, tt.truth)
		if lang != tt.lang || source != tt.source {
			t.Errorf("pageLanguage(%q, %q, …) = %q, %q; want %q, %q", tt.declared, tt.extracted, lang, source, tt.lang, tt.source)
		}
	}
}

// langFake is fakeExtractor reporting the language "pt-BR" on pages that
// say LANG-PT, as pith reports what it reads from JSON-LD or og:locale.
type langFake struct{ fakeExtractor }

func (f langFake) Extract(page []byte, u *url.URL) (Result, error) {
	r, err := f.fakeExtractor.Extract(page, u)
	if bytes.Contains(page, []byte("LANG-PT")) {
		r.Language = "pt-BR"
	}
	return r, err
}

func TestRunByLang(t *testing.T) {
	files := map[string]string{
		"html/0001.html.gz":      `<html lang="de-AT"><p>Eins</p>`,
		"html/0002.html.gz":      `<html><head><meta http-equiv="Content-Language" content="fr"></head><body><p>Deux</p>`,
		"html/0003.html.gz":      `<p>LANG-PT Três</p>`,
		"html/0004.html.gz":      `<p>テキスト</p>`,
		"html/0005.html.gz":      `<p>x</p>`,
		"html/0006.html.gz":      `<html lang="de"><p>Zwei Drei</p>`,
		"ground-truth/0001.json": `{"_internal": {"page_type": "article"}, "ground_truth": {"main_content": "Eins"}}`,
		"ground-truth/0002.json": `{"_internal": {"page_type": "article"}, "ground_truth": {"main_content": "Deux"}}`,
		"ground-truth/0003.json": `{"_internal": {"page_type": "article"}, "ground_truth": {"main_content": "LANG-PT Três"}}`,
		"ground-truth/0004.json": `{"_internal": {"page_type": "article"}, "ground_truth": {"main_content": "これは日本語の文章です。ひらがなとカタカナと漢字が混ざっています。"}}`,
		"ground-truth/0005.json": `{"_internal": {"page_type": "forum"}, "ground_truth": {"main_content": "x"}}`,
		"ground-truth/0006.json": `{"_internal": {"page_type": "forum"}, "ground_truth": {"main_content": "Zwei"}}`,
	}
	c := openCorpus(t, files)
	r, err := Run(context.Background(), c, []Extractor{langFake{}, fakeExtractor{}}, Options{Workers: 2, ByLang: true})
	if err != nil {
		t.Fatal(err)
	}
	wantSources := map[string]int{LangDeclared: 3, LangExtracted: 1, LangDetected: 1, LangUnknown: 1}
	for src, n := range wantSources {
		if r.LangSources[src] != n {
			t.Errorf("LangSources = %v, want %v", r.LangSources, wantSources)
			break
		}
	}
	// page 6 scores P 1/2, R 1: F1 2/3; the others 1, but page 4 (0)
	want := map[string]TypeScore{
		"de":  {Pages: 2, Score: Score{0.75, 1, (1 + 2.0/3) / 2}},
		"fr":  {Pages: 1, Score: Score{1, 1, 1}},
		"pt":  {Pages: 1, Score: Score{1, 1, 1}},
		"ja":  {Pages: 1, Score: Score{}},
		"und": {Pages: 1, Score: Score{1, 1, 1}},
	}
	for _, row := range r.Rows {
		if len(row.ByLang) != len(want) {
			t.Errorf("%s ByLang = %v, want %v", row.Extractor, row.ByLang, want)
		}
		for lang, ts := range want {
			if got := row.ByLang[lang]; got.Pages != ts.Pages || !nearScore(got.Score, ts.Score) {
				t.Errorf("%s ByLang[%s] = %+v, want %+v", row.Extractor, lang, got, ts)
			}
		}
	}

	var out bytes.Buffer
	if err := r.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{"languages: 3 declared, 1 extracted, 1 detected, 1 unknown", "F1 by lang", "\nde ", "\nund "} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q:\n%s", want, text)
		}
	}
	// the language table comes after the type table, before the main one
	if i, j, k := strings.Index(text, "F1 by type"), strings.Index(text, "F1 by lang"), strings.Index(text, "extractor "); i >= j || j >= k {
		t.Errorf("tables out of order:\n%s", text)
	}
	out.Reset()
	if err := r.WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	var decoded struct {
		LangSources map[string]int `json:"lang_sources"`
		Rows        []struct {
			ByLang map[string]TypeScore `json:"by_lang"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(out.Bytes(), &decoded); err != nil {
		t.Fatal(err)
	}
	if decoded.LangSources[LangDeclared] != 3 || decoded.Rows[0].ByLang["de"].Pages != 2 {
		t.Errorf("JSON lacks the language breakdown:\n%s", out.String())
	}
}

func TestRunWithoutByLang(t *testing.T) {
	r := wcxbReport(t, 0)
	if r.LangSources != nil || r.Rows[0].ByLang != nil {
		t.Errorf("language breakdown without Options.ByLang: %v, %v", r.LangSources, r.Rows[0].ByLang)
	}
	var out bytes.Buffer
	if err := r.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "F1 by lang") {
		t.Errorf("text report has a language table without Options.ByLang:\n%s", out.String())
	}
}
