// Package fetch downloads web pages for extraction.
//
// [Get] is a thin, careful wrapper around net/http: it accepts only http and
// https URLs, follows redirects and reports the final URL, sends browser-like
// Accept and Accept-Language headers and pith's User-Agent, decodes gzip
// transparently, bounds both the time and the number of bytes it spends on a
// page, and refuses responses that are plainly not HTML (images, PDF, JSON,
// ...) before reading their bodies.
//
// The body is returned as received: no charset conversion is done here. The
// Content-Type header, including its charset parameter, is passed through in
// [Page.ContentType] for the extractor to decode with.
//
// Errors name the URL and wrap their cause, so callers can branch with
// errors.Is and errors.As:
//
//   - [*StatusError] for a non-2xx response;
//   - [ErrNotHTML] for a Content-Type that is not HTML;
//   - [ErrTooLarge] for a body larger than [Options.MaxBytes];
//   - [ErrUnsupportedScheme] for URLs that are not http or https;
//   - context.DeadlineExceeded or context.Canceled when the time limit or the
//     caller's context ends the request;
//   - the network error otherwise.
//
// [Options] is a plain struct whose zero value is ready to use; Get is safe
// for concurrent use.
package fetch
