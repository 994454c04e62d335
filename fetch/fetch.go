package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Page is a downloaded web page.
type Page struct {
	// URL is the page's final URL, after redirects.
	URL *url.URL
	// StatusCode is the response's status code, always 2xx.
	StatusCode int
	// ContentType is the response's Content-Type header as sent, charset
	// parameter included; empty if the server sent none.
	ContentType string
	// Body is the response body, decompressed but otherwise as received.
	Body []byte
}

// htmlTypes lists the media types Get accepts. text/plain is accepted
// because misconfigured servers label HTML with it; the extractor sniffs the
// body and rejects what is not HTML. A missing Content-Type is accepted too.
var htmlTypes = map[string]bool{
	"text/html":             true,
	"application/xhtml+xml": true,
	"text/plain":            true,
}

// Get downloads the page at rawURL, which must be an http or https URL.
//
// Get follows redirects, sends pith's User-Agent and browser-like Accept and
// Accept-Language headers, and lets net/http negotiate and decode gzip. It
// fails with a *StatusError for a non-2xx status, with ErrNotHTML for a
// Content-Type other than text/html, application/xhtml+xml or text/plain
// (a missing Content-Type is allowed), and with ErrTooLarge for a body over
// opts.MaxBytes. The time limit (opts.Timeout) and ctx cover the whole
// request, body included. Every error names the URL and wraps its cause.
func Get(ctx context.Context, rawURL string, opts Options) (*Page, error) {
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

	var cancel context.CancelFunc = func() {}
	timeout := opts.timeout()
	if timeout > 0 {
		ctx, cancel = context.WithTimeoutCause(ctx, timeout, timeoutError{timeout})
	}
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", rawURL, err)
	}
	// Accept-Encoding is deliberately not set: net/http then asks for gzip
	// itself and decompresses the body transparently.
	req.Header.Set("User-Agent", opts.userAgent())
	req.Header.Set("Accept", acceptHeader)
	req.Header.Set("Accept-Language", opts.acceptLanguage())

	resp, err := opts.client().Do(req)
	if err != nil {
		return nil, wrap(rawURL, err)
	}
	defer resp.Body.Close()

	final := resp.Request.URL
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		// Drain a little so the connection can be reused.
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
		return nil, &StatusError{URL: final.String(), Code: resp.StatusCode}
	}
	ct := resp.Header.Get("Content-Type")
	if !isHTML(ct) {
		return nil, fmt.Errorf("GET %s: %w (Content-Type %q)", final, ErrNotHTML, ct)
	}
	limit := opts.maxBytes()
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("GET %s: %w (%d bytes, limit %d)", final, ErrTooLarge, resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, wrap(final.String(), err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("GET %s: %w (more than %d bytes)", final, ErrTooLarge, limit)
	}
	return &Page{URL: final, StatusCode: resp.StatusCode, ContentType: ct, Body: body}, nil
}

// timeoutError is the cause recorded when Get's own time limit, rather than
// the caller's context, ends a request; net/http returns it as the error.
type timeoutError struct{ d time.Duration }

func (e timeoutError) Error() string { return fmt.Sprintf("timed out after %v", e.d) }
func (e timeoutError) Unwrap() error { return context.DeadlineExceeded }
func (e timeoutError) Timeout() bool { return true }

// isHTML reports whether a Content-Type header names an HTML type.
func isHTML(contentType string) bool {
	if strings.TrimSpace(contentType) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		// A malformed parameter should not hide a good media type.
		mt, _, _ = strings.Cut(contentType, ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
	}
	return htmlTypes[mt]
}

// wrap turns a transport error into one that names rawURL and wraps the
// cause, dropping net/http's *url.Error layer, whose message would repeat
// the URL.
func wrap(rawURL string, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("GET %s: %w", rawURL, err)
}
