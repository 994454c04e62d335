package eval

import (
	"math"
	"slices"
	"testing"
)

// near reports whether two figures agree to 1e-9.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func nearScore(a, b Score) bool {
	return near(a.Precision, b.Precision) && near(a.Recall, b.Recall) && near(a.F1, b.F1)
}

func TestTokens(t *testing.T) {
	// The expectations are what Python's re.findall(r'\w+', text) gives.
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{" -- ", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case 42x", []string{"snake_case", "42x"}},
		{"don't", []string{"don", "t"}},
		{"naïve café", []string{"naïve", "café"}},
		{"Привет, мир", []string{"Привет", "мир"}},
		{"日本語テキスト", []string{"日本語テキスト"}},
		{"العربية نص", []string{"العربية", "نص"}},
		{"x² Ⅻ", []string{"x²", "Ⅻ"}},
		{"e\u0301t\u00e9", []string{"e", "té"}}, // a combining accent splits a word
		{"नमस्ते", []string{"नमस", "त"}},        // so do Devanagari vowel signs
		{"a\xffb", []string{"a", "b"}},          // invalid UTF-8 is not a word character
	}
	for _, tt := range tests {
		if got := Tokens(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLower(t *testing.T) {
	// Python's str.lower.
	tests := []struct{ in, want string }{
		{"Hello WORLD", "hello world"},
		{"ΟΔΟΣ ΣΑΣ", "οδος σας"},
		{"Σ", "σ"},
		{"İstanbul", "i\u0307stanbul"},
	}
	for _, tt := range tests {
		if got := lower(tt.in); got != tt.want {
			t.Errorf("lower(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWordScore(t *testing.T) {
	tests := []struct {
		name        string
		pred, truth string
		want        Score
	}{
		{"identical", "The cat sat.", "The cat sat.", Score{1, 1, 1}},
		{"half", "a b c d", "a b x y", Score{0.5, 0.5, 0.5}},
		{"extra only", "a b c d", "a b", Score{0.5, 1, 2.0 / 3}},
		{"missed only", "a", "a b c d", Score{1, 0.25, 0.4}},
		// The overlap is a multiset intersection: "the" counts once.
		{"multiset", "the the the", "the cat", Score{1.0 / 3, 0.5, 0.4}},
		{"repeats both sides", "x x y", "x x x y", Score{1, 0.75, 6.0 / 7}},
		{"case folded", "HELLO World", "hello world", Score{1, 1, 1}},
		{"punctuation ignored", "hello—world!!", "Hello, world.", Score{1, 1, 1}},
		{"unicode lower-cased", "ПРИВЕТ, Мир", "привет мир", Score{1, 1, 1}},
		{"greek final sigma", "ΟΔΟΣ", "οδος", Score{1, 1, 1}},
		{"digits and underscore", "v1_2 2024", "v1_2 2024", Score{1, 1, 1}},
		{"both empty", "", "", Score{1, 1, 1}},
		{"truth empty, prediction has only punctuation", "!!", "", Score{1, 1, 1}},
		{"truth empty, prediction not", "menu", "", Score{}},
		{"prediction empty", "", "some text", Score{}},
		{"nothing shared", "foo", "bar", Score{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WordScore(tt.pred, tt.truth); !nearScore(got, tt.want) {
				t.Errorf("WordScore(%q, %q) = %+v, want %+v", tt.pred, tt.truth, got, tt.want)
			}
		})
	}
}

func TestShingleMatch(t *testing.T) {
	tests := []struct {
		name        string
		pred, truth string
		want        ShingleCounts
	}{
		{"identical", "a b c d e", "a b c d e", ShingleCounts{1, 0, 0}},
		// truth shingles: abcd, bcde; prediction: abcd.
		{"prefix", "a b c d", "a b c d e", ShingleCounts{0.5, 0, 0.5}},
		{"extra", "a b c d e f", "a b c d e", ShingleCounts{2.0 / 3, 1.0 / 3, 0}},
		{"punctuation ignored", "a, b. c; d!", "a b c d", ShingleCounts{1, 0, 0}},
		{"case kept", "A b c d", "a b c d", ShingleCounts{0, 0.5, 0.5}},
		// Fewer than 4 tokens make one shorter shingle.
		{"short equal", "a b", "a b", ShingleCounts{1, 0, 0}},
		{"short differs", "a b c", "a b", ShingleCounts{0, 0.5, 0.5}},
		{"short vs long", "a b c", "a b c d", ShingleCounts{0, 0.5, 0.5}},
		{"one token", "word", "word", ShingleCounts{1, 0, 0}},
		// Multisets: xxxx occurs twice in the truth.
		{"multiset fewer", "x x x x", "x x x x x", ShingleCounts{0.5, 0, 0.5}},
		{"multiset more", "x x x x x x x", "x x x x x", ShingleCounts{0.5, 0.5, 0}},
		{"both empty", "", "", ShingleCounts{}},
		{"prediction empty", "", "a b c d", ShingleCounts{0, 0, 1}},
		{"truth empty", "a b c d e", "", ShingleCounts{0, 1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ShingleMatch(tt.pred, tt.truth)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
				t.Errorf("ShingleMatch(%q, %q) = %+v, want %+v", tt.pred, tt.truth, got, tt.want)
			}
		})
	}
}

func TestShingleCountsScore(t *testing.T) {
	tests := []struct {
		c    ShingleCounts
		want Score
	}{
		{ShingleCounts{1, 0, 0}, Score{1, 1, 1}},
		{ShingleCounts{}, Score{1, 1, 1}}, // nothing to find, nothing found
		{ShingleCounts{0, 0, 1}, Score{0, 0, 0}},
		{ShingleCounts{0, 1, 0}, Score{0, 0, 0}},
		{ShingleCounts{0.5, 0.5, 0}, Score{0.5, 1, 2.0 / 3}},
		{ShingleCounts{0.5, 0.25, 0.25}, Score{2.0 / 3, 2.0 / 3, 2.0 / 3}},
	}
	for _, tt := range tests {
		if got := tt.c.Score(); !nearScore(got, tt.want) {
			t.Errorf("%+v.Score() = %+v, want %+v", tt.c, got, tt.want)
		}
	}
}

func TestShingleSummary(t *testing.T) {
	tests := []struct {
		name  string
		pages []ShingleCounts
		want  Score
	}{
		{"none", nil, Score{}},
		{"perfect", []ShingleCounts{{1, 0, 0}, {1, 0, 0}}, Score{1, 1, 1}},
		{
			// Precision averages pages 1 and 3 (page 2 predicted nothing):
			// (1 + 0.5)/2; recall averages all three: (1 + 0 + 1)/3. F1 is
			// the harmonic mean of those means, not the mean of page F1s
			// (which would be (1 + 0 + 2/3)/3).
			"mean then F1",
			[]ShingleCounts{{1, 0, 0}, {0, 0, 1}, {0.5, 0.5, 0}},
			Score{0.75, 2.0 / 3, 2 * 0.75 * (2.0 / 3) / (0.75 + 2.0/3)},
		},
		{
			// A page where both texts are empty counts for neither mean;
			// a page with an empty truth counts for precision only.
			"empty pages",
			[]ShingleCounts{{}, {0, 1, 0}, {1, 0, 0}},
			Score{0.5, 1, 2.0 / 3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ShingleSummary(tt.pages); !nearScore(got, tt.want) {
				t.Errorf("ShingleSummary = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestSnippetShare(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		snippets []string
		want     float64
		wantOK   bool
	}{
		{"half found", "Say Hello World!", []string{"hello world", "missing"}, 0.5, true},
		{"all found", "Home | Login", []string{"Home", "LOGIN"}, 1, true},
		{"unicode case", "ÄRGER im Büro", []string{"ärger"}, 1, true},
		{"substring, not word", "Homepage", []string{"home"}, 1, true},
		{"none found", "text", []string{"Home"}, 0, true},
		{"no snippets", "text", nil, 0, false},
		{"only empty snippets", "text", []string{"", "  "}, 0, false},
		{"empty snippets ignored", "a", []string{"a", ""}, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := SnippetShare(tt.text, tt.snippets)
			if !near(got, tt.want) || ok != tt.wantOK {
				t.Errorf("SnippetShare(%q, %q) = %v, %v; want %v, %v", tt.text, tt.snippets, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestSameText(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Title\n\nBody.", "Title\n\nBody.", true},
		{"Title  \n\nBody.\t\n", "Title\n\nBody.", true},
		{"\n\nTitle\r\n\r\nBody.\n\n", "Title\n\nBody.", true},
		{"Title\nBody.", "Title\n\nBody.", false},
		{"Title  Body.", "Title Body.", false},
		{"  Indented", "Indented", true}, // leading space of the whole text
		{"a\n  b", "a\nb", false},        // but not of a line
	}
	for _, tt := range tests {
		if got := SameText(tt.a, tt.b); got != tt.want {
			t.Errorf("SameText(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
