package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"
)

// Client downloads pages politely and within limits. The zero value is
// ready to use with the default [Options]; a Client is safe for concurrent
// use and should be reused, because it remembers, per host, how many
// requests are in flight, when the next may start and (with
// Options.RespectRobots) what robots.txt allows. Options must not change
// once the Client is in use, and a Client must not be copied after first
// use.
//
// Connections are pooled in transports shared by all Clients with the same
// transport settings, as with http.DefaultTransport.
type Client struct {
	// Options configures the client; the zero value is the default.
	Options Options

	hosts  hosts
	robots robotsCache
}

// Get downloads the page at rawURL, which must be an http or https URL,
// with a new Client configured by opts: the limits, retries and checks of
// [Client.Get] apply, but per-host politeness does not span calls. It is
// the convenience for fetching one page now and then; a crawler should
// keep a Client.
func Get(ctx context.Context, rawURL string, opts Options) (*Page, error) {
	c := &Client{Options: opts}
	return c.Get(ctx, rawURL)
}

// Get downloads the page at rawURL, which must be an http or https URL.
//
// Get waits for the host's turn (Options.PerHost and HostDelay), checks
// robots.txt if asked to, follows redirects (at most Options.MaxRedirects,
// failing with ErrRedirectLoop on a loop), sends pith's User-Agent and
// browser-like Accept headers, and decodes gzip, deflate and br bodies. It
// fails with a *StatusError for a non-2xx status, with ErrNotHTML for a
// response that is not HTML (without reading more of it than needed to
// tell) and with ErrTooLarge for a body over Options.MaxBytes once
// decompressed. Transient failures are retried with jittered backoff,
// honouring Retry-After. Every error names the URL and wraps its cause;
// timeouts wrap context.DeadlineExceeded.
func (c *Client) Get(ctx context.Context, rawURL string) (*Page, error) {
	return c.GetIfChanged(ctx, rawURL, Validators{})
}

// GetIfChanged is Get with a conditional request: v's ETag and
// LastModified, from a copy downloaded earlier (see [Page.Validators]), are
// sent as If-None-Match and If-Modified-Since. When the server answers 304
// Not Modified, GetIfChanged returns a Page with NotModified set and no
// Body. With empty Validators it is Get.
func (c *Client) GetIfChanged(ctx context.Context, rawURL string, v Validators) (*Page, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	o := c.Options
	if o.BlockPrivate && o.Client != nil {
		return nil, fmt.Errorf("GET %s: %w: Options.BlockPrivate cannot be combined with Options.Client", rawURL, ErrBlockedAddress)
	}
	delay := o.HostDelay
	if o.RespectRobots {
		crawlDelay, err := c.robotsCheck(ctx, u)
		if err != nil {
			return nil, fmt.Errorf("GET %s: %w", rawURL, err)
		}
		delay = max(delay, min(crawlDelay, o.maxRetryWait()))
	}
	for attempt := 0; ; attempt++ {
		h, err := c.hosts.acquire(ctx, u.Host, delay, o.perHost())
		if err != nil {
			return nil, fmt.Errorf("GET %s: %w", rawURL, err)
		}
		page, err := c.attempt(ctx, u, v)
		// A Retry-After holds back the host's other requests too, for as
		// long as this Client would wait itself.
		var pause time.Duration
		var se *StatusError
		if errors.As(err, &se) {
			pause = min(se.RetryAfter, o.maxRetryWait())
		}
		c.hosts.release(h, pause)
		if err == nil {
			return page, nil
		}
		wait, retry := c.retryWait(err, attempt)
		if !retry || ctx.Err() != nil {
			return nil, err
		}
		if serr := sleep(ctx, wait); serr != nil {
			return nil, fmt.Errorf("GET %s: %w (while waiting to retry after: %v)", rawURL, serr, err)
		}
	}
}

// CloseIdleConnections closes the idle connections of the transports the
// Client uses (shared with other Clients with the same settings).
func (c *Client) CloseIdleConnections() {
	if c.Options.Client != nil {
		c.Options.Client.CloseIdleConnections()
		return
	}
	transportFor(c.Options).CloseIdleConnections()
}

// parseURL parses rawURL, accepting only absolute http and https URLs.
func parseURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("GET %s: %w", rawURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("GET %s: %w", rawURL, ErrUnsupportedScheme)
	}
	return u, nil
}
