package savedpage

import (
	"reflect"
	"strings"
	"testing"

	"github.com/seed-d9e9b10c/pith/extractor"
)

func TestSamePublished(t *testing.T) {
	tests := []struct {
		want, got string
		same      bool
	}{
		{"", "", true},
		{"", "2026-01-22T06:30:00+01:00", false},
		{"2026-01-22T06:30:00+01:00", "2026-01-22T05:30:00Z", true}, // same instant
		{"2026-01-22T06:30:00+01:00", "2026-01-22T06:30:00Z", false},
		{"2026-01-22T06:30:00+01:00", "", false},
		{"2026-01-22", "2026-01-22T23:30:00-08:00", true}, // the day in the page's zone
		{"2026-01-23", "2026-01-22T23:30:00-08:00", false},
		{"2026-01-22", "", false},
	}
	for _, tt := range tests {
		same, err := samePublished(tt.want, tt.got)
		if err != nil || same != tt.same {
			t.Errorf("samePublished(%q, %q) = %v, %v; want %v", tt.want, tt.got, same, err, tt.same)
		}
	}
	if _, err := samePublished("last Tuesday", ""); err == nil {
		t.Error("samePublished accepted a date in no known form")
	}
}

func TestCheckStatuses(t *testing.T) {
	a := extract(t, article)
	good := Expectations(a)
	goodMeta := string(good.Marshal())
	tests := []struct {
		name   string
		files  map[string]string
		status Status
		text   bool
		fields []string
	}{
		{"same", map[string]string{"expected.txt": a.Text + "\n", "meta.json": goodMeta}, Same, false, nil},
		{"same, no meta", map[string]string{"expected.txt": a.Text}, Same, false, nil},
		{"new", map[string]string{}, New, false, nil},
		{"text changed", map[string]string{"expected.txt": "Something else."}, Changed, true, nil},
		{
			"fields changed",
			map[string]string{"expected.txt": a.Text, "meta.json": `{"title": "Old", "authors": [], "language": "EN", "site_name": "Gazette"}`},
			Changed, false, []string{"title", "authors"},
		},
		{"bad date", map[string]string{"expected.txt": a.Text, "meta.json": `{"published": "soon"}`}, Failed, false, nil},
		{"bad meta", map[string]string{"expected.txt": a.Text, "meta.json": `[`}, Failed, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.files["source.html"] = article
			writeFiles(t, dir, tt.files)
			r := Check(Ref{Dir: dir, ID: "p"}, extractor.Options{})
			if r.Status != tt.status || r.TextChanged != tt.text || !reflect.DeepEqual(r.Fields, tt.fields) {
				t.Errorf("Check = %v (text changed %v, fields %q, err %v); want %v (%v, %q)",
					r.Status, r.TextChanged, r.Fields, r.Err, tt.status, tt.text, tt.fields)
			}
			if r.Status == Failed && !strings.Contains(r.Err.Error(), dir) {
				t.Errorf("error %q does not name the page", r.Err)
			}
		})
	}
}

func TestCheckNoContentIsEmptyText(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"source.html":  "<html><head><title>Empty</title></head><body></body></html>",
		"expected.txt": "",
		"meta.json":    `{"title": "Empty"}`,
	})
	if r := Check(Ref{Dir: dir, ID: "p"}, extractor.Options{}); r.Status != Same {
		t.Errorf("Check = %v (%v), want same: no content is an empty text", r.Status, r.Err)
	}
}

func TestCheckUsesContentType(t *testing.T) {
	// A Latin-1 page whose charset only the recorded header gives.
	src := "<html><body><article><p>" + strings.Repeat("Le caf\xe9 du port ouvre \xe0 six heures. ", 8) + "</p></article></body></html>"
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"source.html": src,
		"meta.json":   `{"content_type": "text/html; charset=ISO-8859-1"}`,
	})
	r := Check(Ref{Dir: dir, ID: "p"}, extractor.Options{})
	if !strings.Contains(r.Text, "café du port ouvre à six") {
		t.Errorf("text %q not decoded as Latin-1 (err %v)", r.Text, r.Err)
	}
}
