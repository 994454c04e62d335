// Package fetch downloads web pages for extraction, as a careful crawler
// does: within limits, politely, and safely.
//
// A [Client] (its zero value is ready to use, and it is safe for concurrent
// use) downloads pages with [Client.Get], or with [Client.GetIfChanged] for
// a conditional re-crawl. [Get] is the convenience for one page now and
// then. Each returns a [Page]: the final URL, the status and headers, the
// body decompressed, and the charset it is in ([Page.UTF8] converts it).
// [ReadResponse] applies the same checks to a response obtained elsewhere,
// such as a record of a WARC archive.
//
// # Limits
//
// Every limit is a field of [Options] with a sensible default: the time of
// an attempt (Timeout) and the longest stall (IdleTimeout), the body size
// counted after gzip, deflate or br decompression (MaxBytes, so that a
// compression bomb stops at the limit), the number of redirects
// (MaxRedirects, with loops caught early) and the size of the headers
// (MaxHeaderBytes).
//
// # Content
//
// text/html and application/xhtml+xml are accepted; a missing
// Content-Type, or text/plain, is sniffed from the first 512 bytes; any
// other type fails with [ErrNotHTML] without the body being read. A body
// that is plainly binary (a PDF served as text/html) fails too.
//
// The charset is decided from a byte-order mark, then the Content-Type
// charset, then a <meta> declaration, then statistical detection, with
// windows-1252 as the last resort, as browsers do. A declaration is not
// believed when the bytes contradict it: "utf-8" on bytes that are not
// UTF-8, a legacy charset on text that is valid multi-byte UTF-8, and the
// ISO-8859-1 that servers put on everything when the page declares
// something else.
//
// # Politeness
//
// A Client sends at most Options.PerHost requests to a host at once,
// spaces their starts by Options.HostDelay, retries transient failures
// (resets, stalls, 408, 429, 5xx) with jittered exponential backoff,
// honours Retry-After on 429 and 503 (holding back the host's other
// requests too), identifies itself with [DefaultUserAgent], which links to
// pith's README, and with Options.RespectRobots obeys robots.txt, its
// Crawl-delay included. Conditional requests use [Page.Validators].
//
// # Safety
//
// Options.BlockPrivate refuses loopback, private, link-local, multicast and
// other non-public addresses, checked on the address actually dialled after
// DNS resolution, for the first request and every redirect: use it when
// fetching URLs that users supply. Cookies live for one Get and stay with
// the host that set them.
//
// # Errors
//
// Errors name the URL and wrap their cause, so callers can branch with
// errors.Is and errors.As:
//
//   - [*StatusError] for a non-2xx response, with the Retry-After asked for;
//   - [ErrNotHTML], [ErrTooLarge], [ErrTooManyRedirects], [ErrRedirectLoop],
//     [ErrDisallowed], [ErrBlockedAddress], [ErrUnsupportedScheme];
//   - context.DeadlineExceeded for Options.Timeout, Options.IdleTimeout or
//     the caller's deadline, and context.Canceled for a cancelled context;
//   - the network error otherwise.
package fetch
