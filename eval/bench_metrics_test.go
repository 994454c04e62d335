package eval

import (
	"strings"
	"testing"
)

// benchTexts returns a truth of about 1,000 words and a prediction that
// keeps most of it and adds boilerplate.
func benchTexts() (pred, truth string) {
	var t, p strings.Builder
	for i := range 100 {
		para := "Paragraph number " + strings.Repeat("x", i%7+1) + " tells the story of Ünïcode words, sentence after sentence, until it ends.\n\n"
		t.WriteString(para)
		if i%10 != 0 {
			p.WriteString(para)
		}
		if i%20 == 0 {
			p.WriteString("Home | Login | Subscribe to our newsletter | Cookie settings\n\n")
		}
	}
	return p.String(), t.String()
}

func BenchmarkWordScore(b *testing.B) {
	pred, truth := benchTexts()
	b.Run("prepared", func(b *testing.B) {
		bg := newBag(truth)
		b.ReportAllocs()
		for b.Loop() {
			bg.score(pred)
		}
	})
	b.Run("strings", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			WordScore(pred, truth)
		}
	})
}

func BenchmarkShingleMatch(b *testing.B) {
	pred, truth := benchTexts()
	b.Run("prepared", func(b *testing.B) {
		sb := newShingleBag(truth)
		b.ReportAllocs()
		for b.Loop() {
			sb.match(sb.predSeq(pred))
		}
	})
	b.Run("strings", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ShingleMatch(pred, truth)
		}
	})
}

func BenchmarkTokens(b *testing.B) {
	_, truth := benchTexts()
	b.ReportAllocs()
	b.SetBytes(int64(len(truth)))
	for b.Loop() {
		Tokens(truth)
	}
}

func BenchmarkLongestUnmatched(b *testing.B) {
	pred, truth := benchTexts()
	b.ReportAllocs()
	for b.Loop() {
		LongestUnmatched(truth, pred)
	}
}
