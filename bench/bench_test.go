package main

import (
	"strings"
	"testing"
	"time"
)

func TestQuantile(t *testing.T) {
	r := &result{}
	for i := 1; i <= 200; i++ {
		r.times = append(r.times, time.Duration(i)*time.Millisecond)
	}
	for _, tt := range []struct {
		q    float64
		want time.Duration
	}{{0.5, 100 * time.Millisecond}, {0.99, 198 * time.Millisecond}, {1, 200 * time.Millisecond}, {0, time.Millisecond}} {
		if got := r.quantile(tt.q); got != tt.want {
			t.Errorf("quantile(%v) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestPickContenders(t *testing.T) {
	got, err := pickContenders("readeck, floor,pith")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range got {
		names = append(names, c.name)
	}
	if want := floorName + ",pith,readeck"; strings.Join(names, ",") != want {
		t.Errorf("contenders %q, want them in table order: %q", names, want)
	}
	if _, err := pickContenders("pith,nope"); err == nil || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("unknown contender: err = %v", err)
	}
}

// TestRun measures the floor and pith on three of the fixture pages and
// checks the shape of the report.
func TestRun(t *testing.T) {
	var out strings.Builder
	err := run(&out, config{only: "floor,pith", count: 1, warmup: 1, limit: 3, slowest: 2, paths: []string{"../testdata/pages"}})
	if err != nil {
		t.Fatal(err)
	}
	report := out.String()
	for _, want := range []string{
		"### pages: 3 pages",
		"| extractor   | total s |",
		"| parse floor |",
		"| pith        |",
		"pith's slowest pages on pages:",
		"Acceptance on pages (issue 8):",
		"pith time ÷ floor's:",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
}
