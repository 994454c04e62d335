package textdiff

// Kind says what an [Edit] does.
type Kind int8

// The edit kinds.
const (
	Equal  Kind = iota // the element is in both sequences
	Delete             // the element is only in the first sequence
	Insert             // the element is only in the second sequence
)

// Edit is one step of an edit script from a to b. A is the index of the
// element in a (Equal, Delete) or of the element of a it comes before
// (Insert); B is likewise the index in b.
type Edit struct {
	Kind Kind
	A, B int
}

// maxCost bounds the number of differences Diff searches for between the
// common prefix and suffix (Myers' D). Its trace takes O(maxCost²) memory.
const maxCost = 1000

// Diff returns a shortest edit script turning a into b: every element of a
// and of b appears in exactly one edit, in order. When the two sequences
// differ by more than a thousand elements, the part between their
// common prefix and suffix is reported as deleted then inserted.
func Diff[T comparable](a, b []T) []Edit {
	edits := make([]Edit, 0, max(len(a), len(b)))
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		edits = append(edits, Edit{Equal, pre, pre})
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	edits = appendMiddle(edits, a[pre:len(a)-suf], b[pre:len(b)-suf], pre, pre)
	for k := suf; k > 0; k-- {
		edits = append(edits, Edit{Equal, len(a) - k, len(b) - k})
	}
	return edits
}

// appendMiddle appends the edits from a to b, which have no common prefix
// or suffix and start at offsets oa and ob in the whole sequences.
func appendMiddle[T comparable](edits []Edit, a, b []T, oa, ob int) []Edit {
	n, m := len(a), len(b)
	trace, ok := myers(a, b)
	if !ok {
		for i := range n {
			edits = append(edits, Edit{Delete, oa + i, ob})
		}
		for j := range m {
			edits = append(edits, Edit{Insert, oa + n, ob + j})
		}
		return edits
	}

	// Walk the trace back from (n, m), collecting edits in reverse.
	start := len(edits)
	x, y := n, m
	for d := len(trace) - 1; d > 0; d-- {
		v := trace[d-1] // diagonals -(d-1)..d-1 after step d-1
		at := func(k int) int { return v[k+d-1] }
		k := x - y
		down := k == -d || (k != d && at(k-1) < at(k+1))
		prevK := k - 1
		if down {
			prevK = k + 1
		}
		prevX := at(prevK)
		prevY := prevX - prevK
		for x > prevX && y > prevY { // the snake after the edit
			x--
			y--
			edits = append(edits, Edit{Equal, oa + x, ob + y})
		}
		if down {
			y--
			edits = append(edits, Edit{Insert, oa + x, ob + y})
		} else {
			x--
			edits = append(edits, Edit{Delete, oa + x, ob + y})
		}
	}
	for x > 0 && y > 0 { // the snake from (0, 0)
		x--
		y--
		edits = append(edits, Edit{Equal, oa + x, ob + y})
	}
	for i, j := start, len(edits)-1; i < j; i, j = i+1, j-1 {
		edits[i], edits[j] = edits[j], edits[i]
	}
	return edits
}

// myers runs the forward pass of Myers' algorithm. trace[d] holds the
// furthest x reached on diagonals -d..d (x-y = k at index k+d) with d
// differences; the last entry is the step that reached (len(a), len(b)).
// It gives up (ok false) past maxCost differences.
func myers[T comparable](a, b []T) (trace [][]int, ok bool) {
	n, m := len(a), len(b)
	off := min(n+m, maxCost) + 1
	v := make([]int, 2*off+1)
	for d := 0; d <= n+m; d++ {
		if d > maxCost {
			return nil, false
		}
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = v[off+k+1] // down from diagonal k+1: an insertion
			} else {
				x = v[off+k-1] + 1 // right from diagonal k-1: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
		}
		trace = append(trace, append([]int(nil), v[off-d:off+d+1]...))
		if k := n - m; k >= -d && k <= d && v[off+k] >= n {
			return trace, true
		}
	}
	return trace, true
}
