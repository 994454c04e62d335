package fetch

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// redirects serves redirect chains: /chain/N redirects N times with codes
// 301, 302, 307, 308 in turn before /ok; /loop/a and /loop/b send each other
// around; /self redirects to itself; /cookie sets a cookie and redirects to
// itself, then answers once the cookie comes back; /ftp redirects off the
// web.
func redirects(w http.ResponseWriter, r *http.Request) {
	codes := []int{http.StatusMovedPermanently, http.StatusFound, http.StatusTemporaryRedirect, http.StatusPermanentRedirect}
	switch p := r.URL.Path; {
	case p == "/ok":
		html(page)(w, r)
	case strings.HasPrefix(p, "/chain/"):
		n, _ := strconv.Atoi(strings.TrimPrefix(p, "/chain/"))
		if n == 0 {
			http.Redirect(w, r, "/ok", codes[0])
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), codes[n%len(codes)])
	case p == "/loop/a":
		http.Redirect(w, r, "/loop/b", http.StatusFound)
	case p == "/loop/b":
		http.Redirect(w, r, "/loop/a", http.StatusMovedPermanently)
	case p == "/self":
		http.Redirect(w, r, "/self", http.StatusFound)
	case p == "/cookie":
		if _, err := r.Cookie("consent"); err == nil {
			html(page)(w, r)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "consent", Value: "yes", Path: "/"})
		http.Redirect(w, r, "/cookie", http.StatusFound)
	case p == "/ftp":
		http.Redirect(w, r, "ftp://example.com/file", http.StatusFound)
	default:
		http.NotFound(w, r)
	}
}

func TestRedirects(t *testing.T) {
	tests := []struct {
		path     string
		opts     Options
		wantPath string // the final URL's path, on success
		want     error
		msg      string
	}{
		{path: "/chain/1", wantPath: "/ok"}, // 301 → 302 → 200
		{path: "/chain/3", wantPath: "/ok"}, // 308 → 307 → 302 → 301 → 200
		{path: "/chain/9", wantPath: "/ok"},
		{path: "/chain/10", want: ErrTooManyRedirects, msg: "more than 10"},
		{path: "/chain/3", opts: Options{MaxRedirects: 2}, want: ErrTooManyRedirects, msg: "more than 2"},
		{path: "/chain/0", opts: Options{MaxRedirects: -1}, msg: "HTTP 301"},
		{path: "/loop/a", want: ErrRedirectLoop, msg: "/loop/a → "},
		{path: "/self", want: ErrRedirectLoop, msg: "/self → "},
		{path: "/cookie", wantPath: "/cookie"},
		{path: "/ftp", want: ErrUnsupportedScheme, msg: "ftp://example.com/file"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s,max=%d", tt.path, tt.opts.MaxRedirects), func(t *testing.T) {
			leakCheck(t)
			srv := serve(t, redirects)
			o := tt.opts
			o.RetryWait = fast.RetryWait
			p, err := get(o, srv.URL+tt.path)
			if tt.wantPath == "" {
				errCase(t, err, tt.want, srv.URL+tt.path, tt.msg)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.URL.Path != tt.wantPath || string(p.Body) != page {
				t.Errorf("got %s %q, want %s and the page", p.URL, p.Body, tt.wantPath)
			}
		})
	}
}

// Redirects to another host work, and the final URL is reported.
func TestRedirectOtherHost(t *testing.T) {
	leakCheck(t)
	back := serve(t, redirects)
	front := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, back.URL+"/chain/1", http.StatusMovedPermanently)
	})
	p, err := get(fast, front.URL+"/old")
	if err != nil {
		t.Fatal(err)
	}
	if p.URL.String() != back.URL+"/ok" {
		t.Errorf("URL = %s, want %s/ok", p.URL, back.URL)
	}
}
