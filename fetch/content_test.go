package fetch

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// typed serves body with the Content-Type header ct; "none" sends no
// header at all. It counts the bytes it manages to write.
func typed(ct string, body []byte, written *atomic.Int64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if ct == "none" {
			w.Header()["Content-Type"] = nil // no sniffing by net/http either
		} else {
			w.Header().Set("Content-Type", ct)
		}
		for len(body) > 0 {
			n, err := w.Write(body[:min(len(body), 32<<10)])
			if written != nil {
				written.Add(int64(n))
			}
			if err != nil {
				return
			}
			body = body[n:]
		}
	}
}

// bigPDF is a PDF of 20 MB.
var bigPDF = append([]byte("%PDF-1.7\n"), make([]byte, 20<<20)...)

func TestContentTypes(t *testing.T) {
	tests := []struct {
		name string
		ct   string
		body string
		want bool   // accepted
		msg  string // in the error
	}{
		{name: "html", ct: "text/html", body: page, want: true},
		{name: "xhtml", ct: "application/xhtml+xml; charset=utf-8", body: page, want: true},
		{name: "missing type, html", ct: "none", body: page, want: true},
		{name: "missing type, fragment", ct: "none", body: "Hello <p>world</p>", want: true},
		{name: "missing type, text", ct: "none", body: "just some text", msg: "no Content-Type, content looks like text/plain"},
		{name: "missing type, pdf", ct: "none", body: "%PDF-1.4 ...", msg: "application/pdf"},
		{name: "missing type, png", ct: "none", body: "\x89PNG\r\n\x1a\n\x00\x00", msg: "image/png"},
		{name: "text/plain that is html", ct: "text/plain", body: page, want: true},
		{name: "text/plain that is text", ct: "text/plain; charset=utf-8", body: "Dear reader,\nhello.", msg: `Content-Type "text/plain; charset=utf-8"`},
		{name: "pdf", ct: "application/pdf", body: "%PDF-1.4", msg: `Content-Type "application/pdf"`},
		{name: "json", ct: "application/json", body: "{}", msg: "application/json"},
		{name: "octet-stream", ct: "application/octet-stream", body: page, msg: "application/octet-stream"},
		{name: "pdf labelled html", ct: "text/html", body: "%PDF-1.4 ...", msg: "but the content is application/pdf"},
		{name: "gif labelled html", ct: "text/html", body: "GIF89a....", msg: "image/gif"},
		{name: "html with a BOM", ct: "none", body: "\ufeff<!doctype html><p>x", want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leakCheck(t)
			srv := serve(t, typed(tt.ct, []byte(tt.body), nil))
			p, err := get(fast, srv.URL+"/doc")
			if tt.want {
				if err != nil || string(p.Body) != tt.body {
					t.Fatalf("Get = %v, want the body", err)
				}
				return
			}
			errCase(t, err, ErrNotHTML, srv.URL+"/doc", tt.msg)
		})
	}
}

// A PDF is refused on its Content-Type without its body being downloaded.
func TestPDFNotDownloaded(t *testing.T) {
	for _, ct := range []string{"application/pdf", "none", "text/html"} {
		t.Run(ct, func(t *testing.T) {
			leakCheck(t)
			var written atomic.Int64
			srv := serve(t, typed(ct, bigPDF, &written))
			_, err := within(t, 3*time.Second, func() (*Page, error) { return get(fast, srv.URL+"/paper.pdf") })
			errCase(t, err, ErrNotHTML, srv.URL+"/paper.pdf", "pdf")
			srv.Close() // wait for the handler to finish writing
			if n := written.Load(); n > 8<<20 {
				t.Errorf("the server wrote %d bytes of %d; the body should not have been read", n, len(bigPDF))
			}
		})
	}
}

func TestClassifyType(t *testing.T) {
	tests := []struct {
		ct   string
		want typeVerdict
	}{
		{"text/html", typeHTML},
		{"TEXT/HTML; Charset=UTF-8", typeHTML},
		{"text/html;charset=", typeHTML},
		{"text/html; charset", typeHTML},
		{"application/xhtml+xml", typeHTML},
		{"", typeSniff},
		{"  ", typeSniff},
		{"text/plain", typeSniff},
		{"image/jpeg", typeOther},
		{"application/pdf", typeOther},
		{"application/json; charset=utf-8", typeOther},
		{"text/javascript", typeOther},
		{"garbage", typeOther},
	}
	for _, tt := range tests {
		if got := classifyType(tt.ct); got != tt.want {
			t.Errorf("classifyType(%q) = %v, want %v", tt.ct, got, tt.want)
		}
	}
}

func TestLooksHTML(t *testing.T) {
	tests := []struct {
		head string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"  \n<html lang=en>", true},
		{"<!-- generated --><div>", true},
		{"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"Some text then <br> a break", true},
		{"plain text", false},
		{"a < b and c > d", false},
		{"{\"json\": true}", false},
		{"%PDF-1.7", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := looksHTML([]byte(tt.head)); got != tt.want {
			t.Errorf("looksHTML(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

func TestReadResponse(t *testing.T) {
	req, _ := http.NewRequest(http.MethodGet, "https://example.com/story", nil)
	resp := &http.Response{
		StatusCode: 200,
		Header:     http.Header{"Content-Type": {"text/html; charset=iso-8859-1"}},
		Body:       http.NoBody,
		Request:    req,
	}
	resp.Body = readCloser(strings.NewReader("<p>caf\xe9</p>"))
	p, err := ReadResponse(resp, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.URL.String() != "https://example.com/story" || p.Charset != "windows-1252" || string(p.UTF8()) != "<p>café</p>" {
		t.Errorf("page = %s %s %q", p.URL, p.Charset, p.UTF8())
	}

	resp.StatusCode = 404
	if _, err := ReadResponse(resp, Options{}); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("404: error %v", err)
	}
	if _, err := ReadResponse(&http.Response{StatusCode: 200}, Options{}); err == nil {
		t.Error("no error for a response without a request")
	}
}
