package fetch

import (
	"fmt"
	"net/http"
	"strings"
)

// checkRedirect returns the redirect policy of one attempt. It stops
// chains longer than Options.MaxRedirects and loops, refuses schemes other
// than http and https, checks robots.txt for the new URL when asked to and
// then consults base, Options.Client's own policy, if any. (The address
// guard needs no check here: it runs on every connection dialled.)
func (c *Client) checkRedirect(wd *watchdog, base func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		wd.kick()
		limit := c.Options.maxRedirects()
		if limit < 0 {
			return http.ErrUseLastResponse
		}
		if len(via) > limit {
			return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, limit)
		}
		if s := req.URL.Scheme; s != "http" && s != "https" {
			return fmt.Errorf("redirect to %s: %w", req.URL, ErrUnsupportedScheme)
		}
		if looped(req, via) {
			return fmt.Errorf("%w: %s", ErrRedirectLoop, chain(req, via))
		}
		if c.Options.RespectRobots {
			if _, err := c.robotsCheck(req.Context(), req.URL); err != nil {
				return fmt.Errorf("redirect to %s: %w", req.URL, err)
			}
		}
		if base != nil {
			return base(req, via)
		}
		return nil
	}
}

// looped reports a redirect back to a URL of the chain. A response that
// sets a cookie may send the client back to where it came from (consent
// and session checks); that is a loop only if it happens again.
func looped(req *http.Request, via []*http.Request) bool {
	target := req.URL.String()
	seen := 0
	for _, r := range via {
		if r.URL.String() == target {
			seen++
		}
	}
	if seen == 0 {
		return false
	}
	return seen > 1 || req.Response == nil || len(req.Response.Cookies()) == 0
}

// chain writes a redirect chain as "a → b → c".
func chain(req *http.Request, via []*http.Request) string {
	var b strings.Builder
	for _, r := range via {
		b.WriteString(r.URL.String())
		b.WriteString(" → ")
	}
	b.WriteString(req.URL.String())
	return b.String()
}
