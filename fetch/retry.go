package fetch

import (
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"syscall"
	"time"
)

// retryStatus lists the status codes worth another try: the server asks
// for one (408, 429, 503) or failed in a way that usually passes (500,
// 502, 504).
var retryStatus = map[int]bool{
	http.StatusRequestTimeout:      true,
	http.StatusTooManyRequests:     true,
	http.StatusInternalServerError: true,
	http.StatusBadGateway:          true,
	http.StatusServiceUnavailable:  true,
	http.StatusGatewayTimeout:      true,
}

// retryWait says whether err, met on attempt number attempt (from 0), is
// worth a retry, and how long to wait first: the server's Retry-After, or
// an exponential backoff with jitter.
func (c *Client) retryWait(err error, attempt int) (time.Duration, bool) {
	o := c.Options
	if attempt >= o.retries() {
		return 0, false
	}
	var se *StatusError
	switch {
	case errors.As(err, &se):
		if !retryStatus[se.Code] {
			return 0, false
		}
		if se.RetryAfter > 0 {
			return se.RetryAfter, se.RetryAfter <= o.maxRetryWait()
		}
	case !transient(err):
		return 0, false
	}
	return backoff(o.retryWait(), o.maxRetryWait(), attempt), true
}

// backoff is base doubled attempt times, capped at limit, with "equal
// jitter": a random wait between half of that and all of it, so that many
// clients failing together do not come back together.
func backoff(base, limit time.Duration, attempt int) time.Duration {
	d := base
	for range attempt {
		if d >= limit/2 {
			d = limit
			break
		}
		d *= 2
	}
	d = min(d, limit)
	return d/2 + rand.N(d/2+1)
}

// transient reports a failure that another try may not meet: a connection
// reset or closed early, a stalled transfer, a dial that timed out. The
// Timeout of a whole attempt is not one: a page that slow will be as slow
// again.
func transient(err error) bool {
	var te timeoutError
	if errors.As(err, &te) {
		return false
	}
	var ie idleError
	if errors.As(err, &ie) {
		return true
	}
	for _, e := range []error{syscall.ECONNRESET, syscall.ECONNABORTED, syscall.EPIPE, io.ErrUnexpectedEOF, io.EOF} {
		if errors.Is(err, e) {
			return true
		}
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
