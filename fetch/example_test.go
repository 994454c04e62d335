package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

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
