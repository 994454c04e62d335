package fetch

import (
	"errors"
	"io"
	"net"
	"net/http"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// failing answers with the given status the first fails times (with
// Retry-After retryAfter if not empty; "+2s" means a date two seconds
// ahead), then with the page. It counts the requests it gets.
type failing struct {
	status     int
	retryAfter string
	fails      int32
	requests   atomic.Int32
}

func (f *failing) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if f.requests.Add(1) <= f.fails {
		if d, err := time.ParseDuration(f.retryAfter); err == nil && f.retryAfter[0] == '+' {
			w.Header().Set("Retry-After", time.Now().Add(d).UTC().Format(http.TimeFormat))
		} else if f.retryAfter != "" {
			w.Header().Set("Retry-After", f.retryAfter)
		}
		http.Error(w, "failing", f.status)
		return
	}
	html(page)(w, r)
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name         string
		f            *failing
		opts         Options
		wantCode     int // the StatusError's; 0 for success
		wantRequests int32
		minTime      time.Duration
		maxTime      time.Duration
	}{
		{name: "404 is not retried", f: &failing{status: 404, fails: 9}, wantCode: 404, wantRequests: 1},
		{name: "410 is not retried", f: &failing{status: 410, fails: 9}, wantCode: 410, wantRequests: 1},
		{name: "500 is retried", f: &failing{status: 500, fails: 1}, wantRequests: 2},
		{name: "500 until retries run out", f: &failing{status: 500, fails: 9}, wantCode: 500, wantRequests: 3},
		{name: "500, more retries", f: &failing{status: 500, fails: 9}, opts: Options{Retries: 4}, wantCode: 500, wantRequests: 5},
		{name: "500, no retries", f: &failing{status: 500, fails: 9}, opts: Options{Retries: -1}, wantCode: 500, wantRequests: 1},
		{name: "502", f: &failing{status: 502, fails: 2}, wantRequests: 3},
		{name: "429 with Retry-After", f: &failing{status: 429, retryAfter: "1", fails: 1}, wantRequests: 2, minTime: time.Second},
		{name: "503 with Retry-After date", f: &failing{status: 503, retryAfter: "+2s", fails: 1},
			wantRequests: 2, minTime: 500 * time.Millisecond},
		{name: "429, Retry-After too long", f: &failing{status: 429, retryAfter: "3600", fails: 1}, wantCode: 429, wantRequests: 1},
		{name: "429 without Retry-After", f: &failing{status: 429, fails: 1}, wantRequests: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leakCheck(t)
			srv := serve(t, tt.f.ServeHTTP)
			o := tt.opts
			o.RetryWait = fast.RetryWait
			start := time.Now()
			p, err := get(o, srv.URL+"/page")
			took := time.Since(start)
			if n := tt.f.requests.Load(); n != tt.wantRequests {
				t.Errorf("%d requests, want %d", n, tt.wantRequests)
			}
			if took < tt.minTime || took > tt.minTime+5*time.Second {
				t.Errorf("took %v, want %v to %v", took, tt.minTime, tt.minTime+5*time.Second)
			}
			if tt.wantCode == 0 {
				if err != nil || string(p.Body) != page {
					t.Fatalf("Get = %v, want the page", err)
				}
				return
			}
			var se *StatusError
			if !errors.As(err, &se) || se.Code != tt.wantCode || se.URL != srv.URL+"/page" {
				t.Fatalf("error %v, want a StatusError %d for %s/page", err, tt.wantCode, srv.URL)
			}
			if tt.f.retryAfter == "3600" && se.RetryAfter != time.Hour {
				t.Errorf("RetryAfter = %v, want 1h", se.RetryAfter)
			}
		})
	}
}

// reset answers with the headers and part of the body, then resets the
// connection, the first fails times.
func reset(fails int32) (http.HandlerFunc, *atomic.Int32) {
	var n atomic.Int32
	return func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) > fails {
			html(page)(w, r)
			return
		}
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		buf.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>the start of")
		buf.Flush()
		time.Sleep(10 * time.Millisecond) // let the client start reading
		conn.(*net.TCPConn).SetLinger(0)  // close with RST
		conn.Close()
	}, &n
}

func TestConnectionReset(t *testing.T) {
	t.Run("always", func(t *testing.T) {
		leakCheck(t)
		h, n := reset(99)
		srv := serve(t, h)
		_, err := get(fast, srv.URL+"/x")
		errCase(t, err, nil, srv.URL+"/x", "")
		if !errors.Is(err, syscall.ECONNRESET) && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
			t.Errorf("error %v is neither a reset nor an unexpected EOF", err)
		}
		if n.Load() != 3 {
			t.Errorf("%d requests, want 3 (two retries)", n.Load())
		}
	})
	t.Run("once", func(t *testing.T) {
		leakCheck(t)
		h, n := reset(1)
		srv := serve(t, h)
		p, err := get(fast, srv.URL+"/x")
		if err != nil || string(p.Body) != page {
			t.Fatalf("Get = %v, want the page on the second try", err)
		}
		if n.Load() != 2 {
			t.Errorf("%d requests, want 2", n.Load())
		}
	})
}

func TestBackoff(t *testing.T) {
	for attempt, want := range []time.Duration{100, 200, 400, 800, 1000, 1000} {
		want *= time.Millisecond
		for range 20 {
			d := backoff(100*time.Millisecond, time.Second, attempt)
			if d < want/2 || d > want {
				t.Fatalf("backoff(attempt %d) = %v, want %v to %v", attempt, d, want/2, want)
			}
		}
	}
}

func TestRetryAfterParsing(t *testing.T) {
	tests := []struct {
		status int
		header string
		want   time.Duration
	}{
		{429, "120", 2 * time.Minute},
		{503, "0", 0},
		{503, "-5", 0},
		{503, "soon", 0},
		{429, "", 0},
		{500, "120", 0}, // only 429 and 503 carry it
		{503, time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat), 0},
	}
	for _, tt := range tests {
		resp := &http.Response{StatusCode: tt.status, Header: http.Header{}}
		if tt.header != "" {
			resp.Header.Set("Retry-After", tt.header)
		}
		if got := retryAfter(resp); got != tt.want {
			t.Errorf("retryAfter(%d, %q) = %v, want %v", tt.status, tt.header, got, tt.want)
		}
	}
}
