package fetch_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/seed-d9e9b10c/pith/fetch"
)

func ExampleGet() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/article", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<h1>Hello</h1>")
	}))
	defer srv.Close()

	page, err := fetch.Get(context.Background(), srv.URL+"/old", fetch.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(page.URL.Path)
	fmt.Println(page.StatusCode, page.ContentType)
	fmt.Println(string(page.Body))
	// Output:
	// /article
	// 200 text/html; charset=utf-8
	// <h1>Hello</h1>
}

func ExampleStatusError() {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()

	_, err := fetch.Get(context.Background(), srv.URL+"/missing", fetch.Options{})
	var se *fetch.StatusError
	if errors.As(err, &se) {
		fmt.Println("status", se.Code)
	}
	// Output:
	// status 404
}

func ExampleErrNotHTML() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.7")
	}))
	defer srv.Close()

	_, err := fetch.Get(context.Background(), srv.URL+"/paper.pdf", fetch.Options{})
	fmt.Println(errors.Is(err, fetch.ErrNotHTML))
	// Output:
	// true
}

func ExampleClient() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<h1>"+r.URL.Path+"</h1>")
	}))
	defer srv.Close()

	// One Client for the whole crawl: it keeps each host's turn.
	c := &fetch.Client{Options: fetch.Options{
		PerHost:       2,                      // at most 2 requests to a host at once
		HostDelay:     100 * time.Millisecond, // and 100ms between their starts
		RespectRobots: true,
		Timeout:       10 * time.Second,
	}}
	for _, path := range []string{"/a", "/b"} {
		page, err := c.Get(context.Background(), srv.URL+path)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(page.StatusCode, page.Charset, string(page.Body))
	}
	// Output:
	// 200 utf-8 <h1>/a</h1>
	// 200 utf-8 <h1>/b</h1>
}

func ExampleClient_GetIfChanged() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>Story</p>")
	}))
	defer srv.Close()

	var c fetch.Client
	first, err := c.Get(context.Background(), srv.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Later: download the page again only if it changed.
	again, err := c.GetIfChanged(context.Background(), srv.URL, first.Validators())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(again.NotModified)
	// Output:
	// true
}

func ExamplePage_UTF8() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The server claims UTF-8; the page is in Windows-1252 and says so.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<meta charset=windows-1252><p>Caf\xe9 cr\xe8me, 4 \x80</p>")
	}))
	defer srv.Close()

	page, err := fetch.Get(context.Background(), srv.URL, fetch.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(page.Charset)
	fmt.Println(string(page.UTF8()))
	// Output:
	// windows-1252
	// <meta charset=windows-1252><p>Café crème, 4 €</p>
}

func ExampleReadResponse() {
	// A response read from an archive rather than the network.
	raw := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n<p>Gr\xfc\xdfe</p>"
	req, _ := http.NewRequest(http.MethodGet, "https://example.com/greeting", nil)
	resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader(raw)), req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	page, err := fetch.ReadResponse(resp, fetch.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(page.URL, page.Charset, string(page.UTF8()))
	// Output:
	// https://example.com/greeting windows-1252 <p>Grüße</p>
}

func ExampleOptions_blockPrivate() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<p>internal</p>")
	}))
	defer srv.Close()

	// A service fetching URLs its users give it refuses internal addresses.
	_, err := fetch.Get(context.Background(), srv.URL, fetch.Options{BlockPrivate: true})
	fmt.Println(errors.Is(err, fetch.ErrBlockedAddress))
	// Output:
	// true
}
