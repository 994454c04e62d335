package eval

import (
	"cmp"
	"math"
	"slices"
)

// ConfidenceRanking says how well an extractor's confidence predicts its
// per-page scores: a crawler routes its least confident pages to review,
// so those should be the pages it gets wrong.
type ConfidenceRanking struct {
	// LowDecileF1 is the mean F1 of the tenth of pages with the lowest
	// confidence; RestF1 that of the other pages.
	LowDecileF1 float64 `json:"low_decile_f1"`
	RestF1      float64 `json:"rest_f1"`
	// Spearman is the rank correlation between confidence and F1.
	Spearman float64 `json:"spearman"`
}

// minRankedPages is the fewest pages a confidence ranking is computed on.
const minRankedPages = 20

// rankByConfidence ranks the pages by the extractor's confidence, if every
// result carries one.
func rankByConfidence(runs []extraction) *ConfidenceRanking {
	if len(runs) < minRankedPages {
		return nil
	}
	idx := make([]int, len(runs))
	for i := range runs {
		if !runs[i].res.HasConfidence && runs[i].err == nil {
			return nil
		}
		idx[i] = i
	}
	conf := func(i int) float64 { return runs[i].res.Confidence }
	f1 := func(i int) float64 { return runs[i].score.F1 }
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(conf(a), conf(b)) })
	n := len(idx) / 10
	var low, rest float64
	for k, i := range idx {
		if k < n {
			low += f1(i)
		} else {
			rest += f1(i)
		}
	}
	return &ConfidenceRanking{
		LowDecileF1: low / float64(n),
		RestF1:      rest / float64(len(idx)-n),
		Spearman:    spearman(idx, conf, f1),
	}
}

// spearman is the rank correlation of x and y over the items idx.
func spearman(idx []int, x, y func(int) float64) float64 {
	rx, ry := ranks(idx, x), ranks(idx, y)
	n := float64(len(idx))
	var mx, my float64
	for k := range idx {
		mx += rx[k]
		my += ry[k]
	}
	mx, my = mx/n, my/n
	var cov, vx, vy float64
	for k := range idx {
		dx, dy := rx[k]-mx, ry[k]-my
		cov += dx * dy
		vx += dx * dx
		vy += dy * dy
	}
	if vx == 0 || vy == 0 {
		return 0
	}
	return cov / math.Sqrt(vx*vy)
}

// ranks returns the rank of each item's value (ties share their mean rank),
// in the order of idx.
func ranks(idx []int, v func(int) float64) []float64 {
	order := make([]int, len(idx))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(v(idx[a]), v(idx[b])) })
	r := make([]float64, len(idx))
	for i := 0; i < len(order); {
		j := i
		for j+1 < len(order) && v(idx[order[j+1]]) == v(idx[order[i]]) {
			j++
		}
		mean := float64(i+j) / 2
		for k := i; k <= j; k++ {
			r[order[k]] = mean
		}
		i = j + 1
	}
	return r
}

// pageTypeAccuracy is the share of typed pages the extractor classified as
// the corpus does, or nil when the corpus has no types or the extractor
// gives none.
func pageTypeAccuracy(c *Corpus, runs []extraction) *float64 {
	typed, hit := 0, 0
	for i := range runs {
		t, got := c.Pages[i].Type, runs[i].res.PageType
		if t == "" {
			continue
		}
		if got == "" && runs[i].err == nil {
			return nil
		}
		typed++
		if got == t {
			hit++
		}
	}
	if typed == 0 {
		return nil
	}
	a := float64(hit) / float64(typed)
	return &a
}
