package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// newServer starts a test server with a small site covering the cases Get
// must handle.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	})
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "%s|%s|%s", r.Header.Get("User-Agent"), r.Header.Get("Accept"), r.Header.Get("Accept-Language"))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write([]byte("<p>caf\xe9</p>"))
	})
	mux.HandleFunc("/notype", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // suppress net/http's sniffing
		io.WriteString(w, page)
	})
	mux.HandleFunc("/badparam", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset")
		io.WriteString(w, page)
	})
	for _, ct := range []string{"image/png", "application/pdf", "application/json", "application/octet-stream", "text/css"} {
		mux.HandleFunc("/type/"+ct, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ct)
			io.WriteString(w, "{}")
		})
	}
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, page)
	})
	mux.HandleFunc("/xhtml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xhtml+xml")
		io.WriteString(w, page)
	})
	mux.HandleFunc("/redirect/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/redirect2", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/redirect2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ok", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/status/", func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscan(strings.TrimPrefix(r.URL.Path, "/status/"), &code)
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(code)
		io.WriteString(w, page)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		// 1000 bytes with a Content-Length.
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "1000")
		w.Write(bytes.Repeat([]byte("x"), 1000))
	})
	mux.HandleFunc("/bigchunked", func(w http.ResponseWriter, r *http.Request) {
		// 1000 bytes without a Content-Length.
		w.Header().Set("Content-Type", "text/html")
		for range 10 {
			w.Write(bytes.Repeat([]byte("x"), 100))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip expected", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		io.WriteString(zw, page)
		zw.Close()
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/slowbody", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>start")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	leakCheck(t)
	srv := newServer(t)
	tests := []struct {
		path     string
		opts     Options
		wantPath string // final URL path
		wantCT   string
		wantBody string
	}{
		{path: "/ok", wantPath: "/ok", wantCT: "text/html; charset=utf-8", wantBody: page},
		{path: "/redirect/x", wantPath: "/ok", wantCT: "text/html; charset=utf-8", wantBody: page},
		{path: "/latin1", wantPath: "/latin1", wantCT: "text/html; charset=ISO-8859-1", wantBody: "<p>caf\xe9</p>"},
		{path: "/notype", wantPath: "/notype", wantCT: "", wantBody: page},
		{path: "/badparam", wantPath: "/badparam", wantCT: "text/html; charset", wantBody: page},
		{path: "/plain", wantPath: "/plain", wantCT: "text/plain; charset=utf-8", wantBody: page},
		{path: "/xhtml", wantPath: "/xhtml", wantCT: "application/xhtml+xml", wantBody: page},
		{path: "/gzip", wantPath: "/gzip", wantCT: "text/html", wantBody: page},
		{path: "/status/203", wantPath: "/status/203", wantCT: "text/html", wantBody: page},
		{path: "/big", opts: Options{MaxBytes: 1000}, wantPath: "/big", wantCT: "text/html", wantBody: strings.Repeat("x", 1000)},
		{path: "/bigchunked", opts: Options{MaxBytes: 1000}, wantPath: "/bigchunked", wantCT: "text/html", wantBody: strings.Repeat("x", 1000)},
		{
			path:     "/headers",
			wantPath: "/headers", wantCT: "text/html",
			wantBody: DefaultUserAgent + "|" + acceptHeader + "|" + DefaultAcceptLanguage,
		},
		{
			path:     "/headers",
			opts:     Options{UserAgent: "ua/1", AcceptLanguage: "fr"},
			wantPath: "/headers", wantCT: "text/html",
			wantBody: "ua/1|" + acceptHeader + "|fr",
		},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p, err := Get(context.Background(), srv.URL+tt.path, tt.opts)
			if err != nil {
				t.Fatalf("Get: %v", err)
			}
			if p.URL.Path != tt.wantPath {
				t.Errorf("URL = %s, want path %s", p.URL, tt.wantPath)
			}
			if p.StatusCode/100 != 2 {
				t.Errorf("StatusCode = %d", p.StatusCode)
			}
			if p.ContentType != tt.wantCT {
				t.Errorf("ContentType = %q, want %q", p.ContentType, tt.wantCT)
			}
			if string(p.Body) != tt.wantBody {
				t.Errorf("Body = %q, want %q", p.Body, tt.wantBody)
			}
		})
	}
}

func TestGetErrors(t *testing.T) {
	leakCheck(t)
	srv := newServer(t)
	tests := []struct {
		name    string
		url     string
		opts    Options
		wantIs  error
		wantMsg string // substring of the message besides the URL
	}{
		{name: "ftp", url: "ftp://example.com/x", wantIs: ErrUnsupportedScheme},
		{name: "file", url: "file:///etc/passwd", wantIs: ErrUnsupportedScheme},
		{name: "relative", url: "example.com/page", wantIs: ErrUnsupportedScheme},
		{name: "nohost", url: "http:///path", wantIs: ErrUnsupportedScheme},
		{name: "unparsable", url: "http://[::1", wantMsg: "missing ']'"},
		{name: "png", url: srv.URL + "/type/image/png", wantIs: ErrNotHTML, wantMsg: "image/png"},
		{name: "pdf", url: srv.URL + "/type/application/pdf", wantIs: ErrNotHTML},
		{name: "json", url: srv.URL + "/type/application/json", wantIs: ErrNotHTML},
		{name: "octet", url: srv.URL + "/type/application/octet-stream", wantIs: ErrNotHTML},
		{name: "css", url: srv.URL + "/type/text/css", wantIs: ErrNotHTML},
		{name: "too large (Content-Length)", url: srv.URL + "/big", opts: Options{MaxBytes: 999}, wantIs: ErrTooLarge},
		{name: "too large (chunked)", url: srv.URL + "/bigchunked", opts: Options{MaxBytes: 999}, wantIs: ErrTooLarge},
		{name: "too large (gzip)", url: srv.URL + "/gzip", opts: Options{MaxBytes: 10}, wantIs: ErrTooLarge},
		{name: "redirect loop", url: srv.URL + "/loop", wantIs: ErrRedirectLoop},
		{name: "timeout", url: srv.URL + "/slow", opts: Options{Timeout: 50 * time.Millisecond}, wantIs: context.DeadlineExceeded, wantMsg: "timed out after 50ms"},
		{name: "timeout in body", url: srv.URL + "/slowbody", opts: Options{Timeout: 50 * time.Millisecond}, wantIs: context.DeadlineExceeded},
		{name: "connection refused", url: "http://127.0.0.1:1/", wantMsg: "127.0.0.1:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Get(context.Background(), tt.url, tt.opts)
			if err == nil {
				t.Fatalf("Get = %+v, want error", p)
			}
			if p != nil {
				t.Errorf("Get returned a page with error %v", err)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %q is not %q", err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), tt.url) {
				t.Errorf("error %q does not name %s", err, tt.url)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not contain %q", err, tt.wantMsg)
			}
		})
	}
}

func TestGetStatusError(t *testing.T) {
	leakCheck(t)
	srv := newServer(t)
	for _, code := range []int{404, 410, 500, 503, 599, 304} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			u := fmt.Sprintf("%s/status/%d", srv.URL, code)
			_, err := Get(context.Background(), u, fast)
			var se *StatusError
			if !errors.As(err, &se) {
				t.Fatalf("error %v (%T) is not a *StatusError", err, err)
			}
			if se.Code != code || se.URL != u {
				t.Errorf("StatusError = %+v, want Code %d URL %s", se, code, u)
			}
			if msg := err.Error(); !strings.Contains(msg, u) || !strings.Contains(msg, fmt.Sprint(code)) {
				t.Errorf("message %q should name the URL and the code", msg)
			}
		})
	}
}

// A redirect to an error page reports the final URL.
func TestGetStatusErrorAfterRedirect(t *testing.T) {
	leakCheck(t)
	srv := newServer(t)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, srv.URL+"/status/404", http.StatusFound)
	})
	front := httptest.NewServer(mux)
	defer front.Close()

	_, err := Get(context.Background(), front.URL+"/moved", Options{})
	var se *StatusError
	if !errors.As(err, &se) || se.URL != srv.URL+"/status/404" {
		t.Fatalf("error = %v, want a StatusError for %s/status/404", err, srv.URL)
	}
}

func TestGetContextCanceled(t *testing.T) {
	leakCheck(t)
	srv := newServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err := Get(ctx, srv.URL+"/slow", Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Get took %v after cancellation", d)
	}
}

// The caller's deadline is reported as such, not as Get's own timeout.
func TestGetContextDeadline(t *testing.T) {
	leakCheck(t)
	srv := newServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := Get(ctx, srv.URL+"/slow", Options{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error = %v, want context.DeadlineExceeded", err)
	}
	if strings.Contains(err.Error(), "timed out after") {
		t.Errorf("error %q blames Get's own timeout", err)
	}
}

func TestGetCustomClient(t *testing.T) {
	leakCheck(t)
	srv := newServer(t)
	var used bool
	client := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		used = true
		return http.DefaultTransport.RoundTrip(r)
	})}
	if _, err := Get(context.Background(), srv.URL+"/ok", Options{Client: client}); err != nil {
		t.Fatal(err)
	}
	if !used {
		t.Error("Options.Client was not used")
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
