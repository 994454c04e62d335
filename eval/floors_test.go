package eval

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseFloors(t *testing.T) {
	tests := []struct {
		name, json, wantErr string
	}{
		{"full", `{"comment": "c", "pages_min": 10, "f1": 0.9, "precision": 0.8, "recall": 0.8, "accuracy": 0.1,
			"exact": 0.5, "with": 0.8, "without_max": 0.1, "errors_max": 0, "panics_max": 0, "fallback_pages_max": 3,
			"by_type": {"article": 0.9}, "metadata": {"title": 0.8}}`, ""},
		{"empty", `{}`, ""},
		{"unknown member", `{"f1_min": 0.9}`, "f1_min"},
		{"out of range", `{"f1": 95}`, "between 0 and 1"},
		{"type out of range", `{"by_type": {"article": 1.5}}`, "by_type.article"},
		{"unknown metadata field", `{"metadata": {"byline": 0.5}}`, "byline"},
		{"not JSON", `f1 = 0.9`, "invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFloors([]byte(tt.json))
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("ParseFloors(%s) error = %v, want %q", tt.json, err, tt.wantErr)
			}
		})
	}
}

func TestFloorsCheck(t *testing.T) {
	row := Row{
		Extractor: "pith", Pages: 100, Errors: 1, Panics: 0, Precision: 0.9, Recall: 0.95, F1: 0.92,
		With: ptr(0.8), Without: ptr(0.1), FallbackPages: 5,
		ByType:   map[string]TypeScore{"article": {Pages: 60, Score: Score{F1: 0.95}}, "forum": {Pages: 40, Score: Score{F1: 0.6}}},
		Metadata: map[string]float64{"title": 0.9},
	}
	tests := []struct {
		name   string
		floors string
		want   []string // substrings of each failure, in order
	}{
		{"all pass", `{"pages_min": 100, "f1": 0.92, "precision": 0.9, "recall": 0.9, "with": 0.8, "without_max": 0.1,
			"errors_max": 1, "fallback_pages_max": 5, "by_type": {"article": 0.95, "forum": 0.5}, "metadata": {"title": 0.9}}`, nil},
		{"nothing set", `{}`, nil},
		{"f1 below", `{"f1": 0.95}`, []string{"pith: f1 0.9200 is below the floor 0.9500"}},
		{"counts above", `{"errors_max": 0, "fallback_pages_max": 4}`,
			[]string{"errors 1 is above the maximum 0", "fallback_pages 5 is above the maximum 4"}},
		{"without above", `{"without_max": 0.05}`, []string{"without 0.1000 is above the maximum 0.0500"}},
		{"type below", `{"by_type": {"forum": 0.7, "article": 0.9}}`, []string{"by_type.forum f1 0.6000 is below the floor 0.7000"}},
		{"unmeasured figures fail", `{"accuracy": 0.1, "exact": 0.5, "by_type": {"product": 0.5}, "metadata": {"language": 0.5}}`,
			[]string{"accuracy floor", "exact floor", "by_type.product f1 floor", "metadata.language floor"}},
		{"pages below", `{"pages_min": 101}`, []string{"pages 100 is below the minimum 101"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFloors([]byte(tt.floors))
			if err != nil {
				t.Fatal(err)
			}
			got := f.Check(row)
			if len(got) != len(tt.want) {
				t.Fatalf("Check = %q, want %d failures like %q", got, len(tt.want), tt.want)
			}
			for i := range got {
				if !strings.Contains(got[i], tt.want[i]) {
					t.Errorf("failure %d = %q, want it to contain %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestFloorsPanicsDefaultToZero(t *testing.T) {
	f, err := ParseFloors([]byte(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	got := f.Check(Row{Extractor: "pith", Panics: 2})
	if !slices.Equal(got, []string{"pith: panics 2 is above the maximum 0"}) {
		t.Errorf("Check = %q", got)
	}
	f, _ = ParseFloors([]byte(`{"panics_max": 2}`))
	if got := f.Check(Row{Panics: 2}); got != nil {
		t.Errorf("Check with panics_max 2 = %q", got)
	}
}

func TestReadFloors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "floors.json")
	if err := os.WriteFile(path, []byte(`{"f1": 0.5}`), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := ReadFloors(path)
	if err != nil || f.F1 == nil || *f.F1 != 0.5 {
		t.Errorf("ReadFloors = %+v, %v", f, err)
	}
	if _, err := ReadFloors(path + ".missing"); err == nil || !strings.Contains(err.Error(), "floors.json.missing") {
		t.Errorf("ReadFloors of a missing file: %v", err)
	}
	os.WriteFile(path, []byte(`{"f2": 1}`), 0o644)
	if _, err := ReadFloors(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("ReadFloors of a bad file: %v", err)
	}
}
