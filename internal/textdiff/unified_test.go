package textdiff

import (
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	const letters = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm"
	// Each want was checked against GNU diff -u (-U1, -U0) on the same files.
	tests := []struct {
		name string
		a, b string
		opts Options
		want string
	}{
		{"equal", "a\nb", "a\nb", Options{}, ""},
		{
			"two hunks", letters, strings.Replace(letters, "b", "B", 1) + "\nn", Options{},
			"@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -11,3 +11,4 @@\n k\n l\n m\n+n\n",
		},
		{"insert into empty", "", "x", Options{}, "@@ -0,0 +1 @@\n+x\n"},
		{"delete all", "x", "", Options{}, "@@ -1 +0,0 @@\n-x\n"},
		{"context 1", "a\nb\nc\nd\ne\nf", "a\nb\nc\nX\nd\ne\nf", Options{Context: 1}, "@@ -3,2 +3,3 @@\n c\n+X\n d\n"},
		{"no context", "a\nb\nc\nd\ne\nf", "a\nb\nc\nX\nd\ne\nf", Options{Context: -1}, "@@ -3,0 +4 @@\n+X\n"},
		{
			"close changes share a hunk", "a\nb\nc\nd\ne\nf\ng\nh\ni", "a\nB\nc\nd\ne\nf\nG\nh\ni", Options{Context: 2},
			"@@ -1,9 +1,9 @@\n a\n-b\n+B\n c\n d\n e\n f\n-g\n+G\n h\n i\n",
		},
		{
			"distant changes do not", "a\nb\nc\nd\ne\nf\ng\nh\ni", "a\nB\nc\nd\ne\nf\ng\nH\ni", Options{Context: 2},
			"@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n d\n@@ -6,4 +6,4 @@\n f\n g\n-h\n+H\n i\n",
		},
		{
			"headers", "old", "new", Options{From: "page/expected.txt", To: "page (pith output)"},
			"--- page/expected.txt\n+++ page (pith output)\n@@ -1 +1 @@\n-old\n+new\n",
		},
		{
			"deletions before insertions", "a\nb\nc", "x\ny", Options{},
			"@@ -1,3 +1,2 @@\n-a\n-b\n-c\n+x\n+y\n",
		},
		{
			"capped", "1\n2\n3\n4", "5\n6\n7\n8", Options{MaxLines: 3},
			"@@ -1,4 +1,4 @@\n-1\n-2\n-3\n[... 5 more lines of diff not shown]\n",
		},
		{"trailing newline ends the last line", "a\n", "a\nb\n", Options{}, "@@ -1 +1,2 @@\n a\n+b\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Unified(tt.a, tt.b, tt.opts); got != tt.want {
				t.Errorf("Unified:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestUnifiedColorHighlightsChangedWords(t *testing.T) {
	got := Unified("The council voted 5-2 on Tuesday.", "The council voted 6-1 on Tuesday.", Options{Color: true})
	want := ansiCyan + "@@ -1 +1 @@" + ansiReset + "\n" +
		ansiRed + "-The council voted " + ansiReverse + "5" + ansiNoRev + "-" + ansiReverse + "2" + ansiNoRev + " on Tuesday." + ansiReset + "\n" +
		ansiGreen + "+The council voted " + ansiReverse + "6" + ansiNoRev + "-" + ansiReverse + "1" + ansiNoRev + " on Tuesday." + ansiReset + "\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestUnifiedColorLeavesUnrelatedLinesWhole(t *testing.T) {
	got := Unified("Completely different words here", "Nothing shared at all", Options{Color: true})
	if strings.Contains(got, ansiReverse) {
		t.Errorf("unrelated lines got word highlights: %q", got)
	}
	if !strings.Contains(got, ansiRed+"-Completely different words here"+ansiReset) {
		t.Errorf("deleted line not red: %q", got)
	}
}

func TestUnifiedQuotesInvisibleChanges(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"a b", "a\u00a0b", "@@ -1 +1 @@\n-\"a b\"\n+\"a\\u00a0b\"\n"},
		{"ab", "a\u200bb", "@@ -1 +1 @@\n-\"ab\"\n+\"a\\u200bb\"\n"},
		{"a b", "a b ", "@@ -1 +1 @@\n-\"a b\"\n+\"a b \"\n"},
		{"a b", "a\tb", "@@ -1 +1 @@\n-\"a b\"\n+\"a\\tb\"\n"},
		{"a b", "a c", "@@ -1 +1 @@\n-a b\n+a c\n"}, // a visible change stays as it is
	}
	for _, tt := range tests {
		if got := Unified(tt.a, tt.b, Options{}); got != tt.want {
			t.Errorf("Unified(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", ",", " ", "world", "!"}},
		{"café  déjà-vu", []string{"café", "  ", "déjà", "-", "vu"}},
		{"3.14", []string{"3", ".", "14"}},
	}
	for _, tt := range tests {
		got := Words(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLines(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{{"", 0}, {"a", 1}, {"a\n", 1}, {"a\n\nb", 3}, {"\n", 1}}
	for _, tt := range tests {
		if got := Lines(tt.in); len(got) != tt.want {
			t.Errorf("Lines(%q) = %q, want %d lines", tt.in, got, tt.want)
		}
	}
}
