package textdiff

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// lcsLen is the length of a longest common subsequence, by dynamic
// programming: the reference a shortest edit script is checked against.
func lcsLen(a, b []byte) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// checkScript reports whether edits turns a into b, visiting every element
// of each in order, and returns its number of deletions and insertions.
func checkScript(t *testing.T, a, b []byte, edits []Edit) int {
	t.Helper()
	var gotA, gotB []byte
	cost := 0
	ia, ib := 0, 0
	for _, e := range edits {
		if e.A != ia || e.B != ib {
			t.Fatalf("edit %+v out of order: at a[%d], b[%d]\na=%q b=%q", e, ia, ib, a, b)
		}
		switch e.Kind {
		case Equal:
			if a[e.A] != b[e.B] {
				t.Fatalf("Equal edit %+v joins %q and %q", e, a[e.A], b[e.B])
			}
			gotA, gotB = append(gotA, a[e.A]), append(gotB, b[e.B])
			ia++
			ib++
		case Delete:
			gotA = append(gotA, a[e.A])
			ia++
			cost++
		case Insert:
			gotB = append(gotB, b[e.B])
			ib++
			cost++
		}
	}
	if !slices.Equal(gotA, a) || !slices.Equal(gotB, b) {
		t.Fatalf("script rebuilds %q, %q; want %q, %q", gotA, gotB, a, b)
	}
	return cost
}

func TestDiffIsShortest(t *testing.T) {
	tests := []struct{ a, b string }{
		{"", ""},
		{"", "abc"},
		{"abc", ""},
		{"abc", "abc"},
		{"abcabba", "cbabac"}, // the example of Myers' paper
		{"a", "b"},
		{"ab", "ba"},
		{"xaxbx", "ayb"},
		{"abcdef", "azcdxf"},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		a := make([]byte, r.IntN(12))
		b := make([]byte, r.IntN(12))
		for i := range a {
			a[i] = "abc"[r.IntN(3)]
		}
		for i := range b {
			b[i] = "abc"[r.IntN(3)]
		}
		tests = append(tests, struct{ a, b string }{string(a), string(b)})
	}
	for _, tt := range tests {
		a, b := []byte(tt.a), []byte(tt.b)
		cost := checkScript(t, a, b, Diff(a, b))
		if want := len(a) + len(b) - 2*lcsLen(a, b); cost != want {
			t.Errorf("Diff(%q, %q) costs %d edits, want %d", tt.a, tt.b, cost, want)
		}
	}
}

func TestDiffGivesUpPastMaxCost(t *testing.T) {
	a := make([]int, 3*maxCost)
	b := make([]int, 3*maxCost)
	for i := range a {
		a[i] = 2 * i
		b[i] = 2*i + 1
	}
	a[0], b[0] = -1, -1 // a common prefix stays equal
	edits := Diff(a, b)
	if len(edits) != len(a)+len(b)-1 {
		t.Fatalf("%d edits, want %d", len(edits), len(a)+len(b)-1)
	}
	if edits[0].Kind != Equal || edits[1].Kind != Delete || edits[len(edits)-1].Kind != Insert {
		t.Errorf("want the prefix kept and the rest deleted then inserted; got %+v ... %+v", edits[:2], edits[len(edits)-1])
	}
}

func BenchmarkDiffParagraphs(b *testing.B) {
	// Two versions of a 400-paragraph text with every tenth paragraph edited.
	x := make([]string, 400)
	y := make([]string, 400)
	for i := range x {
		x[i] = string(rune('a'+i%26)) + string(rune('A'+i/26))
		y[i] = x[i]
		if i%10 == 0 {
			y[i] += "!"
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		Diff(x, y)
	}
}
