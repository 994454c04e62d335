package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

var (
	// ErrUnsupportedScheme reports a URL whose scheme is not http or https,
	// or which has no host.
	ErrUnsupportedScheme = errors.New("not an http or https URL")
	// ErrNotHTML reports a response that is not an HTML page: its
	// Content-Type names another type, or, when the type is missing or
	// text/plain, its first bytes do not look like HTML.
	ErrNotHTML = errors.New("response is not HTML")
	// ErrTooLarge reports a body larger than Options.MaxBytes after
	// decompression, or headers larger than Options.MaxHeaderBytes.
	ErrTooLarge = errors.New("response too large")
	// ErrTooManyRedirects reports a chain longer than Options.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrRedirectLoop reports a redirect back to a URL already visited in
	// the same chain, without a cookie having been set on the way.
	ErrRedirectLoop = errors.New("redirect loop")
	// ErrDisallowed reports a URL that the host's robots.txt forbids for
	// the Client's User-Agent (with Options.RespectRobots).
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrBlockedAddress reports a connection refused by the
	// Options.BlockPrivate guard.
	ErrBlockedAddress = errors.New("address is not public")
)

// StatusError reports a response with a status code other than 2xx (or
// 304 to a conditional request).
type StatusError struct {
	// URL is the URL that answered, after redirects.
	URL string
	// Code is the HTTP status code, such as 404.
	Code int
	// RetryAfter is the wait the server asked for with a Retry-After
	// header on a 429 or 503 answer; zero if none.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("GET %s: HTTP %d", e.URL, e.Code)
	if text := http.StatusText(e.Code); text != "" {
		msg += " " + text
	}
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %v)", e.RetryAfter)
	}
	return msg
}

// timeoutError is the cause recorded when Options.Timeout, rather than the
// caller's context, ends an attempt.
type timeoutError struct{ d time.Duration }

func (e timeoutError) Error() string { return fmt.Sprintf("timed out after %v", e.d) }
func (e timeoutError) Unwrap() error { return context.DeadlineExceeded }
func (e timeoutError) Timeout() bool { return true }

// idleError is the cause recorded when Options.IdleTimeout ends an attempt.
type idleError struct{ d time.Duration }

func (e idleError) Error() string { return fmt.Sprintf("no data received for %v", e.d) }
func (e idleError) Unwrap() error { return context.DeadlineExceeded }
func (e idleError) Timeout() bool { return true }
