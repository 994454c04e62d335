package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// acceptHeader asks for HTML first, like a browser, but accepts anything so
// that servers doing content negotiation do not answer 406.
const acceptHeader = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"

// attempt makes one request for u, redirects included, and reads the page.
// Options.Timeout and IdleTimeout start here, once the host's turn has
// come.
func (c *Client) attempt(ctx context.Context, u *url.URL, v Validators) (*Page, error) {
	o := c.Options
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if t := o.timeout(); t > 0 {
		var stop context.CancelFunc
		ctx, stop = context.WithTimeoutCause(ctx, t, timeoutError{t})
		defer stop()
	}
	wd := newWatchdog(o.idleTimeout(), cancel)
	defer wd.stop()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", u, err)
	}
	req.Header.Set("User-Agent", o.userAgent())
	req.Header.Set("Accept", acceptHeader)
	req.Header.Set("Accept-Language", o.acceptLanguage())
	req.Header.Set("Accept-Encoding", acceptEncoding)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}

	resp, err := c.httpClient(wd).Do(req)
	if err != nil {
		return nil, c.requestError(ctx, u, err)
	}
	defer resp.Body.Close()
	wd.kick()
	resp.Body = &watchedBody{ReadCloser: resp.Body, ctx: ctx, wd: wd}
	return readPage(resp, o, v != Validators{})
}

// httpClient returns the http.Client for one attempt: the shared transport
// (or Options.Client's), a fresh per-host cookie jar and pith's redirect
// policy.
func (c *Client) httpClient(wd *watchdog) *http.Client {
	o := c.Options
	hc := &http.Client{Jar: &hostJar{}}
	var base func(*http.Request, []*http.Request) error
	if o.Client != nil {
		hc.Transport = o.Client.Transport
		if o.Client.Jar != nil {
			hc.Jar = o.Client.Jar
		}
		hc.Timeout = o.Client.Timeout
		base = o.Client.CheckRedirect
	} else {
		hc.Transport = transportFor(o)
	}
	hc.CheckRedirect = c.checkRedirect(wd, base)
	return hc
}

// requestError names the URL in an error from http.Client.Do, dropping
// net/http's *url.Error layer (whose message would repeat the URL) and
// putting the reason an attempt's context ended in place of a bare
// "context canceled".
func (c *Client) requestError(ctx context.Context, u *url.URL, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if ctx.Err() != nil {
		if cause := context.Cause(ctx); cause != nil && !errors.Is(err, cause) {
			err = cause
		}
	}
	if c.Options.Client == nil && strings.Contains(err.Error(), "server response headers exceeded") {
		// net/http has no exported error for this.
		return fmt.Errorf("GET %s: %w (headers over %d bytes)", u, ErrTooLarge, c.Options.maxHeaderBytes())
	}
	return fmt.Errorf("GET %s: %w", u, err)
}

// watchedBody is a response body that feeds the idle watchdog and reports
// why the attempt's context ended instead of a bare "context canceled".
type watchedBody struct {
	io.ReadCloser
	ctx context.Context
	wd  *watchdog
}

func (b *watchedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if n > 0 {
		b.wd.kick()
	}
	if err != nil && err != io.EOF && b.ctx.Err() != nil {
		err = context.Cause(b.ctx)
	}
	return n, err
}

// watchdog ends an attempt that makes no progress for a while: each kick
// restarts its timer.
type watchdog struct {
	d time.Duration
	t *time.Timer
}

// newWatchdog starts a watchdog that cancels with an idleError after d
// without a kick; nil (which does nothing) if d is not positive.
func newWatchdog(d time.Duration, cancel context.CancelCauseFunc) *watchdog {
	if d <= 0 {
		return nil
	}
	return &watchdog{d: d, t: time.AfterFunc(d, func() { cancel(idleError{d}) })}
}

func (w *watchdog) kick() {
	if w != nil {
		w.t.Reset(w.d)
	}
}

func (w *watchdog) stop() {
	if w != nil {
		w.t.Stop()
	}
}
