package fetch

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// page is a small HTML page served by the test servers.
const page = "<!doctype html><html><head><title>T</title></head><body><p>Hello.</p></body></html>"

// fast are options for tests: retries come quickly, attempts end soon.
var fast = Options{RetryWait: 5 * time.Millisecond, Timeout: 5 * time.Second, IdleTimeout: 2 * time.Second}

// with returns fast with changes made by f.
func with(f func(*Options)) Options {
	o := fast
	f(&o)
	return o
}

// leakCheck makes t fail if a goroutine started during the test outlives
// it. Call it first, so that its cleanup runs after the servers' Close.
func leakCheck(t *testing.T) {
	t.Helper()
	ignore := goleak.IgnoreCurrent()
	t.Cleanup(func() {
		closeIdleTransports()
		http.DefaultTransport.(*http.Transport).CloseIdleConnections()
		goleak.VerifyNone(t, ignore)
	})
}

// serve starts a test server for h, closed when the test ends.
func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// html writes body as text/html.
func html(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(body))
	}
}

// errCase checks an error a test expects: that it wraps want (if not nil),
// names url and contains msg.
func errCase(t *testing.T, err error, want error, url, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %v", want)
	}
	if want != nil && !errors.Is(err, want) {
		t.Errorf("error %q is not %q", err, want)
	}
	if !strings.Contains(err.Error(), url) {
		t.Errorf("error %q does not name %s", err, url)
	}
	if !strings.Contains(err.Error(), msg) {
		t.Errorf("error %q does not contain %q", err, msg)
	}
}

// within fails t if f takes longer than d, and returns f's results.
func within[T any](t *testing.T, d time.Duration, f func() (T, error)) (T, error) {
	t.Helper()
	start := time.Now()
	v, err := f()
	if took := time.Since(start); took > d {
		t.Errorf("took %v, want at most %v", took, d)
	}
	return v, err
}

// get fetches url with a new Client with options o.
func get(o Options, url string) (*Page, error) {
	return (&Client{Options: o}).Get(context.Background(), url)
}

// readCloser adds a no-op Close to r.
func readCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }
