package fetch

import (
	"errors"
	"fmt"
	"net/http"
)

var (
	// ErrUnsupportedScheme reports a URL whose scheme is not http or https,
	// or which has no host.
	ErrUnsupportedScheme = errors.New("not an http or https URL")
	// ErrNotHTML reports a response whose Content-Type is not an HTML type
	// (see Get for the accepted types).
	ErrNotHTML = errors.New("response is not HTML")
	// ErrTooLarge reports a response body larger than Options.MaxBytes.
	ErrTooLarge = errors.New("response too large")
)

// StatusError reports a response with a non-2xx status code.
type StatusError struct {
	// URL is the URL that answered, after redirects.
	URL string
	// Code is the HTTP status code, such as 404.
	Code int
}

func (e *StatusError) Error() string {
	if text := http.StatusText(e.Code); text != "" {
		return fmt.Sprintf("GET %s: HTTP %d %s", e.URL, e.Code, text)
	}
	return fmt.Sprintf("GET %s: HTTP %d", e.URL, e.Code)
}
