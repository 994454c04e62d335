package fetch

import (
	"context"
	"net/http"
	"strings"
	"testing"
)

// Cookies stay with the host that set them, and only for one Get.
func TestCookies(t *testing.T) {
	leakCheck(t)
	// other echoes the cookies it receives.
	other := serve(t, func(w http.ResponseWriter, r *http.Request) {
		html("cookies:"+r.Header.Get("Cookie"))(w, r)
	})
	// site sets a cookie, redirects to itself, echoes the cookie it gets
	// back, or sends the client on to other.
	site := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/set":
			http.SetCookie(w, &http.Cookie{Name: "session", Value: "s3cret", Path: "/", Domain: "127.0.0.1"})
			http.Redirect(w, r, "/echo", http.StatusFound)
		case "/set-and-leave":
			http.SetCookie(w, &http.Cookie{Name: "session", Value: "s3cret", Path: "/", Domain: "127.0.0.1"})
			http.Redirect(w, r, other.URL+"/", http.StatusFound)
		default:
			html("cookies:"+r.Header.Get("Cookie"))(w, r)
		}
	})
	c := &Client{Options: fast}
	body := func(url string) string {
		t.Helper()
		p, err := c.Get(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		return string(p.Body)
	}
	if got := body(site.URL + "/set"); !strings.Contains(got, "session=s3cret") {
		t.Errorf("the cookie did not come back to its host in the same Get: %q", got)
	}
	if got := body(site.URL + "/echo"); got != "cookies:" {
		t.Errorf("a cookie outlived its Get: %q", got)
	}
	if got := body(site.URL + "/set-and-leave"); got != "cookies:" {
		t.Errorf("a cookie went to another host (same IP, other port): %q", got)
	}
}
