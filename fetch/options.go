package fetch

import (
	"net"
	"net/http"
	"time"
)

// Defaults used when the corresponding [Options] field is zero.
const (
	// DefaultTimeout bounds a whole request, redirects and body included.
	DefaultTimeout = 30 * time.Second
	// DefaultMaxBytes is the largest body Get reads: 32 MiB, the same limit
	// the extractor applies.
	DefaultMaxBytes = 32 << 20
	// DefaultUserAgent identifies pith to servers.
	DefaultUserAgent = "pith/0.1 (+https://github.com/seed-d9e9b10c/pith)"
	// DefaultAcceptLanguage prefers English but accepts any language.
	DefaultAcceptLanguage = "en-US,en;q=0.9,*;q=0.5"
)

// acceptHeader asks for HTML first, like a browser, but accepts anything so
// that servers doing content negotiation do not answer 406.
const acceptHeader = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"

// Options tunes [Get]. The zero value is the sensible default.
type Options struct {
	// Client sends the requests. Nil means a package default with dial,
	// TLS-handshake and response-header timeouts, shared by all callers.
	// A custom client's redirect policy and timeouts are respected.
	Client *http.Client
	// Timeout bounds the whole request, redirects and body read included.
	// Zero means DefaultTimeout; a negative value means no limit other than
	// the context's.
	Timeout time.Duration
	// MaxBytes is the largest (decoded) body Get accepts; larger responses
	// fail with ErrTooLarge. Zero or negative means DefaultMaxBytes.
	MaxBytes int64
	// UserAgent is sent as the User-Agent header; empty means DefaultUserAgent.
	UserAgent string
	// AcceptLanguage is sent as the Accept-Language header; empty means
	// DefaultAcceptLanguage.
	AcceptLanguage string
}

func (o Options) client() *http.Client {
	if o.Client != nil {
		return o.Client
	}
	return defaultClient
}

func (o Options) timeout() time.Duration {
	if o.Timeout == 0 {
		return DefaultTimeout
	}
	return o.Timeout
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
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

// defaultClient is used when Options.Client is nil. Its transport has the
// timeouts http.DefaultTransport has plus a response-header timeout, and
// keeps a few idle connections per host for parallel fetches. It follows up
// to 10 redirects (net/http's default policy).
var defaultClient = &http.Client{
	Transport: &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   10 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   8,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: DefaultTimeout,
		ExpectContinueTimeout: time.Second,
	},
}
