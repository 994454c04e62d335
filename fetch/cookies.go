package fetch

import (
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"sync"
)

// hostJar is the cookie jar of one Get: cookies are kept per host (and
// port) and never sent to another host, not even one in the same domain,
// and they are forgotten when the Get returns. It lets a site set a
// cookie and redirect to itself (consent and session checks) without
// carrying anything from one site, or one page, to the next.
type hostJar struct {
	mu   sync.Mutex
	jars map[string]*cookiejar.Jar
}

// jar returns u's host's jar, creating it if create is set.
func (j *hostJar) jar(u *url.URL, create bool) *cookiejar.Jar {
	j.mu.Lock()
	defer j.mu.Unlock()
	jar := j.jars[u.Host]
	if jar == nil && create {
		// Each jar only ever sees one host, so no public suffix list is
		// needed to keep domain cookies from spreading.
		jar, _ = cookiejar.New(nil)
		if j.jars == nil {
			j.jars = make(map[string]*cookiejar.Jar)
		}
		j.jars[u.Host] = jar
	}
	return jar
}

// SetCookies implements http.CookieJar.
func (j *hostJar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	if len(cookies) > 0 {
		j.jar(u, true).SetCookies(u, cookies)
	}
}

// Cookies implements http.CookieJar.
func (j *hostJar) Cookies(u *url.URL) []*http.Cookie {
	if jar := j.jar(u, false); jar != nil {
		return jar.Cookies(u)
	}
	return nil
}
