package eval

import (
	"math"
	"testing"
)

func TestRankByConfidence(t *testing.T) {
	// confidence equal to F1: a perfect ranking
	runs := make([]extraction, 40)
	for i := range runs {
		f := float64(i) / 39
		runs[i].res = Result{Confidence: f, HasConfidence: true}
		runs[i].score.F1 = f
	}
	r := rankByConfidence(runs)
	if r == nil {
		t.Fatal("rankByConfidence = nil")
	}
	if math.Abs(r.Spearman-1) > 1e-9 {
		t.Errorf("Spearman = %v, want 1", r.Spearman)
	}
	// the lowest 4 pages have F1 0, 1/39, 2/39, 3/39
	if want := 6.0 / 39 / 4; math.Abs(r.LowDecileF1-want) > 1e-9 {
		t.Errorf("LowDecileF1 = %v, want %v", r.LowDecileF1, want)
	}
	if r.RestF1 <= r.LowDecileF1 {
		t.Errorf("RestF1 %v <= LowDecileF1 %v", r.RestF1, r.LowDecileF1)
	}
	// an extractor without confidence gets no ranking
	runs[3].res.HasConfidence = false
	if r := rankByConfidence(runs); r != nil {
		t.Errorf("rankByConfidence without confidence = %+v, want nil", r)
	}
	if r := rankByConfidence(runs[:5]); r != nil {
		t.Errorf("rankByConfidence on 5 pages = %+v, want nil", r)
	}
}

func TestSpearmanTies(t *testing.T) {
	idx := []int{0, 1, 2, 3}
	x := []float64{1, 1, 2, 3}
	y := []float64{3, 2, 1, 0}
	got := spearman(idx, func(i int) float64 { return x[i] }, func(i int) float64 { return y[i] })
	if got >= -0.9 {
		t.Errorf("spearman = %v, want close to -1", got)
	}
}

func TestPageTypeAccuracy(t *testing.T) {
	c := &Corpus{Pages: []Page{{Type: "article"}, {Type: "forum"}, {Type: ""}}}
	runs := []extraction{{res: Result{PageType: "article"}}, {res: Result{PageType: "article"}}, {res: Result{PageType: "listing"}}}
	if a := pageTypeAccuracy(c, runs); a == nil || *a != 0.5 {
		t.Errorf("pageTypeAccuracy = %v, want 0.5", a)
	}
	runs[1].res.PageType = ""
	if a := pageTypeAccuracy(c, runs); a != nil {
		t.Errorf("pageTypeAccuracy without types = %v, want nil", *a)
	}
}
