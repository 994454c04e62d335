package fetch

import (
	"net/http"
	"net/netip"
	"time"
)

// Defaults used when the corresponding [Options] field is zero.
const (
	// DefaultTimeout bounds one attempt at a page: connecting, redirects,
	// headers and body.
	DefaultTimeout = 30 * time.Second
	// DefaultIdleTimeout is the longest wait for the next byte: while
	// connecting, for the response headers, or between reads of the body.
	DefaultIdleTimeout = 10 * time.Second
	// DefaultMaxBytes is the largest body read, counted after
	// decompression: 32 MiB, the same limit the extractor applies.
	DefaultMaxBytes = 32 << 20
	// DefaultMaxRedirects is how many redirects one request follows.
	DefaultMaxRedirects = 10
	// DefaultMaxHeaderBytes bounds the size of a response's headers.
	DefaultMaxHeaderBytes = 256 << 10
	// DefaultPerHost is how many requests a Client sends to one host at
	// once.
	DefaultPerHost = 4
	// DefaultRetries is how many times a transient failure is retried.
	DefaultRetries = 2
	// DefaultRetryWait is the first backoff after a transient failure; it
	// doubles with each retry and is jittered.
	DefaultRetryWait = time.Second
	// DefaultMaxRetryWait is the longest wait before a retry, whether it
	// comes from the backoff or from a Retry-After header.
	DefaultMaxRetryWait = 30 * time.Second
	// DefaultUserAgent identifies pith to servers, with a link that says
	// what it is.
	DefaultUserAgent = "pith/0.1 (+https://github.com/seed-d9e9b10c/pith#readme)"
	// DefaultAcceptLanguage prefers English but accepts any language.
	DefaultAcceptLanguage = "en-US,en;q=0.9,*;q=0.5"
)

// Options configures a [Client] and [Get]. The zero value is the sensible
// default; every field documents its own. Durations and counts that can be
// switched off take a negative value for "none".
type Options struct {
	// Client, if not nil, sends the requests through its Transport
	// (http.DefaultTransport if that is nil). Its Jar, if set, replaces
	// pith's per-host cookie handling, its CheckRedirect is consulted after
	// pith's own redirect checks and its Timeout bounds each attempt too.
	// It cannot be combined with BlockPrivate, which needs pith's own
	// transport.
	Client *http.Client

	// Timeout bounds one attempt at a page, from the moment its turn at
	// the host comes (see PerHost and HostDelay) to the last byte of the
	// body, redirects included. Zero means DefaultTimeout; negative means
	// no limit other than the context's.
	Timeout time.Duration
	// IdleTimeout is the longest time without progress: while connecting,
	// waiting for the headers, or between two reads of the body. It
	// catches stalled servers long before Timeout. Zero means
	// DefaultIdleTimeout; negative means none.
	IdleTimeout time.Duration
	// MaxBytes is the largest body accepted, counted after decompression;
	// larger responses fail with ErrTooLarge. Zero or negative means
	// DefaultMaxBytes.
	MaxBytes int64
	// MaxRedirects is how many redirects a request follows before failing
	// with ErrTooManyRedirects. Zero means DefaultMaxRedirects; negative
	// means redirects are not followed at all.
	MaxRedirects int
	// MaxHeaderBytes bounds the response headers; larger ones fail with
	// ErrTooLarge. Zero or negative means DefaultMaxHeaderBytes. Ignored
	// when Client is set.
	MaxHeaderBytes int64

	// UserAgent is sent as the User-Agent header; robots.txt groups are
	// matched against its product name, the part before the first "/" or
	// space ("pith" in DefaultUserAgent). Empty means DefaultUserAgent.
	UserAgent string
	// AcceptLanguage is sent as the Accept-Language header; empty means
	// DefaultAcceptLanguage.
	AcceptLanguage string

	// PerHost is how many requests a Client has in flight to one host
	// (host and port) at once; the others wait their turn. Zero means
	// DefaultPerHost; negative means no limit.
	PerHost int
	// HostDelay is the least time between the starts of two requests to
	// one host. Zero means none, unless RespectRobots is set and the
	// host's robots.txt asks for a Crawl-delay.
	HostDelay time.Duration
	// Retries is how many times a transient failure is retried: a
	// connection reset or a stalled transfer, and HTTP 408, 429, 500, 502,
	// 503 and 504. Zero means DefaultRetries; negative means none.
	Retries int
	// RetryWait is the backoff before the first retry; it doubles with
	// each retry, with jitter. A Retry-After header on 429 or 503 is
	// honoured instead, and holds back the host's other requests for as
	// long (at most MaxRetryWait). Zero means DefaultRetryWait.
	RetryWait time.Duration
	// MaxRetryWait caps the wait before a retry. A response asking for a
	// longer Retry-After fails at once with its *StatusError. Zero means
	// DefaultMaxRetryWait.
	MaxRetryWait time.Duration

	// RespectRobots makes a Client obey robots.txt: a URL its host's
	// robots.txt disallows for UserAgent fails with ErrDisallowed, and a
	// Crawl-delay is honoured like HostDelay. robots.txt is fetched once
	// per host and kept for a day.
	RespectRobots bool
	// BlockPrivate refuses to connect to loopback, private, link-local,
	// multicast and other non-public addresses, checked on the address
	// actually dialled, after DNS resolution, for the first request and
	// every redirect. Use it when fetching URLs supplied by users. Proxies
	// from the environment are ignored when it is set.
	BlockPrivate bool

	// guardAllow lets one prefix past the BlockPrivate guard; for tests.
	guardAllow netip.Prefix
}

func (o Options) timeout() time.Duration { return orDefault(o.Timeout, DefaultTimeout) }

func (o Options) idleTimeout() time.Duration { return orDefault(o.IdleTimeout, DefaultIdleTimeout) }

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) maxRedirects() int { return orDefault(o.MaxRedirects, DefaultMaxRedirects) }

func (o Options) maxHeaderBytes() int64 {
	if o.MaxHeaderBytes <= 0 {
		return DefaultMaxHeaderBytes
	}
	return o.MaxHeaderBytes
}

func (o Options) userAgent() string {
	if o.UserAgent == "" {
		return DefaultUserAgent
	}
	return o.UserAgent
}

func (o Options) acceptLanguage() string {
	if o.AcceptLanguage == "" {
		return DefaultAcceptLanguage
	}
	return o.AcceptLanguage
}

func (o Options) perHost() int { return orDefault(o.PerHost, DefaultPerHost) }

func (o Options) retries() int { return orDefault(o.Retries, DefaultRetries) }

func (o Options) retryWait() time.Duration { return orDefault(o.RetryWait, DefaultRetryWait) }

func (o Options) maxRetryWait() time.Duration {
	return orDefault(o.MaxRetryWait, DefaultMaxRetryWait)
}

// orDefault is v, or def when v is zero; negative values pass through and
// mean "none" to the caller.
func orDefault[T int | time.Duration](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}
