package fetch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadResponse feeds raw HTTP responses, as a server or a WARC record
// would send them, to ReadResponse: whatever the status line, headers,
// Content-Encoding and body, it returns a page or an error naming the URL, in bounded
// memory, never a panic; a page's body stays within the size limit and
// converts to valid UTF-8.
func FuzzReadResponse(f *testing.F) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><body><p>Hello, gzip.</p></body></html>"))
	zw.Close()
	seeds := []string{
		"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Hello.</p></body></html>",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + gz.String(),
		"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>caf\xe9</p>",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=shift_jis\r\n\r\n<p>\x82\xa0</p>",
		"HTTP/1.1 200 OK\r\n\r\n<!doctype html><title>sniffed</title>",
		"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\x0b\x02\x80hello\x03",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\n\r\nx\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
		"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\n\r\n",
		"HTTP/1.1 503 Service Unavailable\r\nRetry-After: Wed, 21 Oct 2026 07:28:00 GMT\r\n\r\n",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 99999999999\r\n\r\n<p>short</p>",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	pageURL, _ := url.Parse("https://example.com/story")
	const limit = 1 << 20
	f.Fuzz(func(t *testing.T, raw []byte) {
		req := &http.Request{Method: http.MethodGet, URL: pageURL}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(raw)), req)
		if err != nil {
			return // not a response net/http reads: never reaches ReadResponse
		}
		defer resp.Body.Close()
		page, err := ReadResponse(resp, Options{MaxBytes: limit})
		if err != nil {
			if !strings.Contains(err.Error(), pageURL.String()) {
				t.Errorf("error %q does not name the URL", err)
			}
			return
		}
		if len(page.Body) > limit {
			t.Errorf("body of %d bytes, over the %d limit", len(page.Body), limit)
		}
		if page.URL == nil || page.URL.String() != pageURL.String() {
			t.Errorf("page URL %v, want %v", page.URL, pageURL)
		}
		if page.Charset == "" {
			t.Error("page without a charset")
		}
		if u := page.UTF8(); !utf8.Valid(u) {
			t.Errorf("UTF8() of a %s body is not valid UTF-8", page.Charset)
		}
	})
}
