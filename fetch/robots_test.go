package fetch

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

// robotsSite serves a robots.txt (counting its requests) and pages.
func robotsSite(robots string, status int, fetched *atomic.Int32) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fetched.Add(1)
			w.WriteHeader(status)
			w.Write([]byte(robots))
			return
		}
		if r.URL.Path == "/to-private" {
			http.Redirect(w, r, "/private/page", http.StatusFound)
			return
		}
		html(page)(w, r)
	}
}

const robotsTxt = `User-agent: *
Disallow: /private/
Disallow: /*?session=

User-agent: pith
Disallow: /no-pith
Crawl-delay: 0.05

User-agent: otherbot
Disallow: /
`

func TestRobots(t *testing.T) {
	tests := []struct {
		name    string
		robots  string
		status  int
		ua      string
		path    string
		allowed bool
		msg     string
	}{
		{name: "allowed", robots: robotsTxt, status: 200, path: "/news/story", allowed: true},
		{name: "pith's own group", robots: robotsTxt, status: 200, path: "/no-pith", msg: "disallowed by robots.txt"},
		{name: "pith's group replaces *", robots: robotsTxt, status: 200, path: "/private/x", allowed: true},
		{name: "another agent's * group", robots: robotsTxt, status: 200, ua: "somebot/2.0", path: "/private/x", msg: "disallowed"},
		{name: "query pattern", robots: robotsTxt, status: 200, ua: "somebot/2.0", path: "/a?session=1", msg: "disallowed"},
		{name: "disallowed agent", robots: robotsTxt, status: 200, ua: "OtherBot/1.0 (+x)", path: "/", msg: "disallowed"},
		{name: "redirect to a disallowed page", robots: robotsTxt, status: 200, ua: "somebot", path: "/to-private", msg: "redirect to"},
		{name: "no robots.txt", status: 404, path: "/private/x", allowed: true},
		{name: "robots.txt failing", status: 503, path: "/x", msg: "robots.txt: GET"},
		{name: "unparsable robots.txt", robots: "\x00\x01garbage: : :", status: 200, path: "/x", allowed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leakCheck(t)
			var fetched atomic.Int32
			srv := serve(t, robotsSite(tt.robots, tt.status, &fetched))
			c := &Client{Options: with(func(o *Options) { o.RespectRobots = true; o.UserAgent = tt.ua; o.Retries = -1 })}
			for range 2 {
				_, err := c.Get(context.Background(), srv.URL+tt.path)
				if tt.allowed {
					if err != nil {
						t.Fatal(err)
					}
					continue
				}
				errCase(t, err, nil, srv.URL+tt.path, tt.msg)
			}
			if n := fetched.Load(); n != 1 {
				t.Errorf("robots.txt fetched %d times, want once", n)
			}
		})
	}
}

// Without RespectRobots, robots.txt is not even fetched.
func TestRobotsOff(t *testing.T) {
	leakCheck(t)
	var fetched atomic.Int32
	srv := serve(t, robotsSite("User-agent: *\nDisallow: /\n", 200, &fetched))
	if _, err := get(fast, srv.URL+"/x"); err != nil {
		t.Fatal(err)
	}
	if fetched.Load() != 0 {
		t.Error("robots.txt was fetched")
	}
}

// Crawl-delay spaces the requests to the host.
func TestRobotsCrawlDelay(t *testing.T) {
	leakCheck(t)
	var fetched atomic.Int32
	srv := serve(t, robotsSite(robotsTxt, 200, &fetched))
	c := &Client{Options: with(func(o *Options) { o.RespectRobots = true; o.PerHost = -1 })}
	start := time.Now()
	getAll(t, c, srv.URL+"/a", 4)
	if d := time.Since(start); d < 140*time.Millisecond {
		t.Errorf("4 requests with a Crawl-delay of 50ms took %v", d)
	}
}

func TestRobotsAgent(t *testing.T) {
	for ua, want := range map[string]string{
		DefaultUserAgent:           "pith",
		"Mozilla/5.0 (compatible)": "Mozilla",
		"mybot":                    "mybot",
	} {
		if got := robotsAgent(ua); got != want {
			t.Errorf("robotsAgent(%q) = %q, want %q", ua, got, want)
		}
	}
}
