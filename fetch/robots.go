package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

const (
	// robotsTTL is how long a host's robots.txt is kept.
	robotsTTL = 24 * time.Hour
	// robotsErrorTTL is how long a failure to fetch it is remembered.
	robotsErrorTTL = time.Minute
	// robotsMaxBytes is how much of a robots.txt is read; Google reads
	// 500 KiB and ignores the rest.
	robotsMaxBytes = 500 << 10
	// robotsTimeout bounds fetching one robots.txt.
	robotsTimeout = 10 * time.Second
	// robotsMaxRedirects is how many redirects a robots.txt request
	// follows, as Google does.
	robotsMaxRedirects = 5
	// robotsMaxHosts bounds the cache; past it, expired entries go.
	robotsMaxHosts = 10_000
)

// robotsCache keeps each host's robots.txt for a Client.
type robotsCache struct {
	mu sync.Mutex
	m  map[string]*robotsEntry
}

// robotsEntry is one host's robots.txt, being fetched until ready closes.
type robotsEntry struct {
	ready   chan struct{}
	data    *robotstxt.RobotsData
	err     error
	expires time.Time
}

// entry returns key's entry and whether the caller must fetch it.
func (rc *robotsCache) entry(key string) (*robotsEntry, bool) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if e := rc.m[key]; e != nil {
		select {
		case <-e.ready:
			if time.Now().Before(e.expires) {
				return e, false
			}
		default:
			return e, false // being fetched
		}
	}
	if rc.m == nil {
		rc.m = make(map[string]*robotsEntry)
	}
	if len(rc.m) >= robotsMaxHosts {
		rc.evict()
	}
	e := &robotsEntry{ready: make(chan struct{})}
	rc.m[key] = e
	return e, true
}

// evict drops expired entries, or all when none has expired. rc.mu must be
// held.
func (rc *robotsCache) evict() {
	now := time.Now()
	for k, e := range rc.m {
		select {
		case <-e.ready:
			if now.After(e.expires) {
				delete(rc.m, k)
			}
		default:
		}
	}
	if len(rc.m) >= robotsMaxHosts {
		clear(rc.m)
	}
}

// forget removes e, whose fetch was cancelled by its caller, so that the
// next caller fetches again.
func (rc *robotsCache) forget(key string, e *robotsEntry) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.m[key] == e {
		delete(rc.m, key)
	}
}

// robotsCheck fails with ErrDisallowed if u's robots.txt forbids it to the
// Client's User-Agent, and returns the Crawl-delay it asks for.
func (c *Client) robotsCheck(ctx context.Context, u *url.URL) (time.Duration, error) {
	key := u.Scheme + "://" + u.Host
	for {
		e, fetch := c.robots.entry(key)
		if fetch {
			e.data, e.err = c.fetchRobots(ctx, key)
			e.expires = time.Now().Add(robotsTTL)
			if e.err != nil {
				e.expires = time.Now().Add(robotsErrorTTL)
				if ctx.Err() != nil {
					c.robots.forget(key, e)
				}
			}
			close(e.ready)
		}
		select {
		case <-e.ready:
		case <-ctx.Done():
			return 0, context.Cause(ctx)
		}
		if e.err != nil {
			if ctx.Err() == nil && (errors.Is(e.err, context.Canceled) || errors.Is(e.err, context.DeadlineExceeded)) && !fetch {
				continue // another caller's fetch was cancelled: try ours
			}
			return 0, fmt.Errorf("robots.txt: %w", e.err)
		}
		g := e.data.FindGroup(robotsAgent(c.Options.userAgent()))
		if !g.Test(robotsPath(u)) {
			return 0, fmt.Errorf("%w (%s)", ErrDisallowed, key+"/robots.txt")
		}
		return g.CrawlDelay, nil
	}
}

// fetchRobots downloads and parses base's robots.txt. As Google does, a
// 4xx answer allows everything, a 5xx one is an error that disallows
// everything for now (robotsErrorTTL), and a file that does not parse
// allows everything.
func (c *Client) fetchRobots(ctx context.Context, base string) (*robotstxt.RobotsData, error) {
	ctx, cancel := context.WithTimeout(ctx, robotsTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/robots.txt", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.Options.userAgent())
	hc := c.httpClient(nil)
	hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > robotsMaxRedirects {
			return ErrTooManyRedirects
		}
		return nil
	}
	resp, err := hc.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		// Google's rule: the host is not to be crawled until it answers.
		return nil, &StatusError{URL: resp.Request.URL.String(), Code: resp.StatusCode}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
	if err != nil {
		return nil, err
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	return data, nil
}

// robotsAgent is the product name robots.txt groups are matched against:
// the User-Agent's first word without its version ("pith" for
// "pith/0.1 (+...)").
func robotsAgent(userAgent string) string {
	agent, _, _ := strings.Cut(userAgent, " ")
	agent, _, _ = strings.Cut(agent, "/")
	return agent
}

// robotsPath is the part of u robots.txt rules match: path and query.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}
