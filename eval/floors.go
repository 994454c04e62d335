package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// Floors are the figures a report row must reach, kept per corpus in a JSON
// file that CI checks. Quality figures are minimums; members ending in
// "_max" are maximums; absent members are not checked, except panics_max,
// which is 0 when absent (a panic is a bug). For example:
//
//	{
//	  "comment": "ScrapingHub, pith without fallback",
//	  "pages_min": 181,
//	  "f1": 0.95, "precision": 0.93, "recall": 0.95, "accuracy": 0.2,
//	  "errors_max": 0, "fallback_pages_max": 20
//	}
//
// and for WCXB:
//
//	{"f1": 0.80, "with": 0.85, "without_max": 0.08,
//	 "by_type": {"article": 0.92, "forum": 0.65},
//	 "metadata": {"title": 0.9}}
//
// A floor on a figure the corpus does not measure (accuracy on WCXB, say)
// fails, so that a floors file cannot silently check nothing.
type Floors struct {
	// Comment is free text for the file's reader; it is not checked.
	Comment string `json:"comment,omitempty"`
	// PagesMin guards against a corpus that silently shrank.
	PagesMin  *int     `json:"pages_min,omitempty"`
	F1        *float64 `json:"f1,omitempty"`
	Precision *float64 `json:"precision,omitempty"`
	Recall    *float64 `json:"recall,omitempty"`
	Accuracy  *float64 `json:"accuracy,omitempty"`
	Exact     *float64 `json:"exact,omitempty"`
	With      *float64 `json:"with,omitempty"`
	// WithoutMax caps the mean share of boilerplate snippets kept.
	WithoutMax       *float64 `json:"without_max,omitempty"`
	ErrorsMax        *int     `json:"errors_max,omitempty"`
	PanicsMax        *int     `json:"panics_max,omitempty"`
	FallbackPagesMax *int     `json:"fallback_pages_max,omitempty"`
	// ByType holds a minimum F1 per page type.
	ByType map[string]float64 `json:"by_type,omitempty"`
	// Metadata holds a minimum match rate per metadata field ("title",
	// "authors", "published", "site_name", "language", "excerpt").
	Metadata map[string]float64 `json:"metadata,omitempty"`
}

// ReadFloors reads a floors file.
func ReadFloors(path string) (*Floors, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read floors: %w", err)
	}
	f, err := ParseFloors(data)
	if err != nil {
		return nil, fmt.Errorf("floors %s: %w", path, err)
	}
	return f, nil
}

// ParseFloors decodes a floors file. Unknown members are an error, so that
// a misspelt floor is not silently ignored.
func ParseFloors(data []byte) (*Floors, error) {
	var f Floors
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, err
	}
	for name, v := range f.ratios() {
		if v != nil && (*v < 0 || *v > 1) {
			return nil, fmt.Errorf("%s: %v is not between 0 and 1", name, *v)
		}
	}
	for field := range f.Metadata {
		if !slices.Contains(metaFields[:], field) {
			return nil, fmt.Errorf("metadata: unknown field %q (known: %v)", field, metaFields)
		}
	}
	return &f, nil
}

// ratios lists the floors that are shares in [0, 1], by name.
func (f *Floors) ratios() map[string]*float64 {
	m := map[string]*float64{
		"f1": f.F1, "precision": f.Precision, "recall": f.Recall, "accuracy": f.Accuracy,
		"exact": f.Exact, "with": f.With, "without_max": f.WithoutMax,
	}
	for t, v := range f.ByType {
		m["by_type."+t] = &v
	}
	for field, v := range f.Metadata {
		m["metadata."+field] = &v
	}
	return m
}

// Check returns one message per floor that row fails, in a fixed order;
// none when it passes them all.
func (f *Floors) Check(row Row) []string {
	var fails []string
	fail := func(format string, args ...any) {
		fails = append(fails, fmt.Sprintf("%s: ", row.Extractor)+fmt.Sprintf(format, args...))
	}
	minimum := func(name string, floor *float64, got *float64) {
		switch {
		case floor == nil:
		case got == nil:
			fail("%s floor %.4f set, but this corpus does not measure %s", name, *floor, name)
		case *got < *floor:
			fail("%s %.4f is below the floor %.4f", name, *got, *floor)
		}
	}
	maximum := func(name string, limit *int, got int) {
		if limit != nil && got > *limit {
			fail("%s %d is above the maximum %d", name, got, *limit)
		}
	}
	if f.PagesMin != nil && row.Pages < *f.PagesMin {
		fail("pages %d is below the minimum %d", row.Pages, *f.PagesMin)
	}
	minimum("f1", f.F1, &row.F1)
	minimum("precision", f.Precision, &row.Precision)
	minimum("recall", f.Recall, &row.Recall)
	minimum("accuracy", f.Accuracy, row.Accuracy)
	minimum("exact", f.Exact, row.Exact)
	minimum("with", f.With, row.With)
	switch {
	case f.WithoutMax == nil:
	case row.Without == nil:
		fail("without_max %.4f set, but this corpus does not measure without", *f.WithoutMax)
	case *row.Without > *f.WithoutMax:
		fail("without %.4f is above the maximum %.4f", *row.Without, *f.WithoutMax)
	}
	maximum("errors", f.ErrorsMax, row.Errors)
	panicsMax := 0
	if f.PanicsMax != nil {
		panicsMax = *f.PanicsMax
	}
	maximum("panics", &panicsMax, row.Panics)
	maximum("fallback_pages", f.FallbackPagesMax, row.FallbackPages)
	for _, t := range sortedKeys(f.ByType) {
		floor := f.ByType[t]
		var got *float64
		if ts, ok := row.ByType[t]; ok {
			got = &ts.F1
		}
		minimum("by_type."+t+" f1", &floor, got)
	}
	for _, field := range sortedKeys(f.Metadata) {
		floor := f.Metadata[field]
		var got *float64
		if v, ok := row.Metadata[field]; ok {
			got = &v
		}
		minimum("metadata."+field, &floor, got)
	}
	return fails
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
