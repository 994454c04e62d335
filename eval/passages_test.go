package eval

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLongestUnmatched(t *testing.T) {
	tests := []struct {
		name, text, other string
		want              Passage
	}{
		{"all matched", "one two three four five", "One two three four five", Passage{}},
		{"nothing to compare with", "Cookie policy. Accept all?", "", Passage{4, "Cookie policy. Accept all"}},
		{
			"longest of two gaps",
			"a b c d x y e f g h i j k l p q r s t m n o p",
			"a b c d e f g h i j k l m n o p",
			Passage{5, "p q r s t"},
		},
		{"short texts use short shingles", "hello world", "say hello world", Passage{}},
		{"short texts, no match", "hello world", "hello there", Passage{2, "hello world"}},
		{"empty text", "", "anything", Passage{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LongestUnmatched(tt.text, tt.other); got != tt.want {
				t.Errorf("LongestUnmatched(%q, %q) = %+v, want %+v", tt.text, tt.other, got, tt.want)
			}
		})
	}
}

func TestLongestUnmatchedClips(t *testing.T) {
	long := strings.Repeat("lorem ipsum ", 100)
	got := LongestUnmatched(long, "")
	if got.Words != 200 {
		t.Errorf("Words = %d, want 200", got.Words)
	}
	if n := utf8.RuneCountInString(got.Text); n > passageChars+1 || n < passageChars*3/4 || !strings.HasSuffix(got.Text, "…") {
		t.Errorf("Text = %q (%d runes), want about %d runes ending in …", got.Text, n, passageChars)
	}
}
