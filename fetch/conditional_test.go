package fetch

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// versioned serves a page with an ETag and a Last-Modified date and honours
// conditional requests.
func versioned(w http.ResponseWriter, r *http.Request) {
	modified := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	w.Header().Set("ETag", `"v1"`)
	w.Header().Set("Last-Modified", modified.Format(http.TimeFormat))
	if r.Header.Get("If-None-Match") == `"v1"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if since, err := http.ParseTime(r.Header.Get("If-Modified-Since")); err == nil && !modified.After(since) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	html(page)(w, r)
}

func TestGetIfChanged(t *testing.T) {
	leakCheck(t)
	srv := serve(t, versioned)
	c := &Client{Options: fast}
	first, err := c.Get(context.Background(), srv.URL+"/story")
	if err != nil {
		t.Fatal(err)
	}
	v := first.Validators()
	if v.ETag != `"v1"` || v.LastModified == "" {
		t.Fatalf("Validators() = %+v", v)
	}
	tests := []struct {
		name        string
		v           Validators
		notModified bool
	}{
		{"both", v, true},
		{"ETag", Validators{ETag: v.ETag}, true},
		{"Last-Modified", Validators{LastModified: v.LastModified}, true},
		{"stale ETag", Validators{ETag: `"v0"`}, false},
		{"older date", Validators{LastModified: "Mon, 01 Jan 2024 00:00:00 GMT"}, false},
		{"none", Validators{}, false},
	}
	for _, tt := range tests {
		p, err := c.GetIfChanged(context.Background(), srv.URL+"/story", tt.v)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if p.NotModified != tt.notModified {
			t.Errorf("%s: NotModified = %v", tt.name, p.NotModified)
		}
		if tt.notModified && (p.StatusCode != 304 || p.Body != nil || p.Charset != "") {
			t.Errorf("%s: not-modified page %d %q %q", tt.name, p.StatusCode, p.Body, p.Charset)
		}
		if !tt.notModified && string(p.Body) != page {
			t.Errorf("%s: Body = %q", tt.name, p.Body)
		}
	}
}
