package extractor_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/fetch"
)

// storyPage is an article with a few paragraphs, in UTF-8.
func storyPage(title, body string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<html><head><meta charset="%%s"><title>%s</title></head><body><nav><a href="/">Home</a></nav><article><h1>%s</h1>`, title, title)
	for range 3 {
		fmt.Fprintf(&b, "<p>%s</p>", body)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func ExampleFromURL() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, examplePage)
	}))
	defer srv.Close()

	a, err := extractor.FromURL(context.Background(), srv.URL+"/news/library-sundays", extractor.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	// Output:
	// Library opens on Sundays
}

func ExampleFromPage() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, examplePage)
	}))
	defer srv.Close()

	// A crawler keeps one fetch.Client and extracts what it downloads.
	c := &fetch.Client{Options: fetch.Options{RespectRobots: true}}
	page, err := c.Get(context.Background(), srv.URL+"/news/library-sundays")
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := extractor.FromPage(page, extractor.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Authors)
	// Output:
	// [Ada Lovelace]
}

// FromPage decodes with the charset fetch decided, not the header's lie.
func TestFromPageCharset(t *testing.T) {
	const title, text = "新しい橋", "東京都は十日、新しい橋の建設計画を発表した。住民は長年にわたり橋の建設を求めてきたが、費用と交通への影響について議論が続いていた。"
	src := fmt.Sprintf(storyPage(title, text), "shift_jis")
	body, err := japanese.ShiftJIS.NewEncoder().String(src)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8") // a lie
		io.WriteString(w, body)
	}))
	defer srv.Close()

	a, err := extractor.FromURL(context.Background(), srv.URL+"/bridge", extractor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != title || !strings.Contains(a.Text, text) {
		t.Errorf("title %q, text %q", a.Title, a.Text)
	}
	if a.URL != srv.URL+"/bridge" {
		t.Errorf("URL = %q", a.URL)
	}
}

func TestFromURLErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/missing":
			http.NotFound(w, r)
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			io.WriteString(w, "%PDF-1.7")
		default:
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, strings.Repeat("<p>big</p>", 1000))
		}
	}))
	defer srv.Close()

	var se *fetch.StatusError
	if _, err := extractor.FromURL(context.Background(), srv.URL+"/missing", extractor.Options{}); !errors.As(err, &se) || se.Code != 404 {
		t.Errorf("404: error %v", err)
	}
	if _, err := extractor.FromURL(context.Background(), srv.URL+"/pdf", extractor.Options{}); !errors.Is(err, fetch.ErrNotHTML) {
		t.Errorf("PDF: error %v", err)
	}
	if _, err := extractor.FromURL(context.Background(), srv.URL+"/big", extractor.Options{MaxBytes: 100}); !errors.Is(err, fetch.ErrTooLarge) {
		t.Errorf("MaxBytes: error %v", err)
	}
	page := &fetch.Page{NotModified: true, StatusCode: 304}
	if _, err := extractor.FromPage(page, extractor.Options{}); err == nil || !strings.Contains(err.Error(), "not modified") {
		t.Errorf("not modified: error %v", err)
	}
}
