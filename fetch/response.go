package fetch

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// ReadResponse turns a response obtained elsewhere, such as a record of a
// WARC archive, into a Page with the checks [Client.Get] applies: the
// status must be 2xx, the content HTML (ErrNotHTML otherwise, read no
// further than needed to tell), the body at most opts.MaxBytes after
// decompression (ErrTooLarge). The body is decompressed according to its
// Content-Encoding and its charset decided. resp.Request.URL must be the
// page's URL. ReadResponse does not close resp.Body; the fields of opts
// about connections, time and politeness do not apply.
func ReadResponse(resp *http.Response, opts Options) (*Page, error) {
	if resp.Request == nil || resp.Request.URL == nil {
		return nil, errors.New("fetch.ReadResponse: response without a request URL")
	}
	return readPage(resp, opts, false)
}

// readPage reads resp into a Page. conditional tells whether the request
// carried validators, making 304 an answer rather than an error.
func readPage(resp *http.Response, o Options, conditional bool) (*Page, error) {
	final := resp.Request.URL
	page := &Page{
		URL:         final,
		StatusCode:  resp.StatusCode,
		Header:      resp.Header,
		ContentType: resp.Header.Get("Content-Type"),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified && conditional:
		page.NotModified = true
		return page, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		// Drain a little so that the connection can be reused.
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
		return nil, &StatusError{URL: final.String(), Code: resp.StatusCode, RetryAfter: retryAfter(resp)}
	}

	ct := page.ContentType
	verdict := classifyType(ct)
	if verdict == typeOther {
		return nil, fmt.Errorf("GET %s: %w (Content-Type %q)", final, ErrNotHTML, ct)
	}
	limit := o.maxBytes()
	encoding := resp.Header.Get("Content-Encoding")
	if encoding == "" && resp.ContentLength > limit {
		return nil, fmt.Errorf("GET %s: %w (%d bytes, limit %d)", final, ErrTooLarge, resp.ContentLength, limit)
	}
	r, err := decoder(resp.Body, encoding)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", final, err)
	}

	head := make([]byte, sniffLen)
	n, err := io.ReadFull(r, head)
	head = head[:n]
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, fmt.Errorf("GET %s: %w", final, err)
	}
	switch {
	case verdict == typeSniff && !looksHTML(head):
		what := "no Content-Type"
		if ct != "" {
			what = fmt.Sprintf("Content-Type %q", ct)
		}
		return nil, fmt.Errorf("GET %s: %w (%s, content looks like %s)", final, ErrNotHTML, what, sniffed(head))
	case verdict == typeHTML && binaryType(sniffed(head)):
		return nil, fmt.Errorf("GET %s: %w (Content-Type %q, but the content is %s)", final, ErrNotHTML, ct, sniffed(head))
	}

	hint := int64(len(head))
	if encoding == "" && resp.ContentLength > 0 {
		hint = resp.ContentLength
	}
	body, err := readAll(io.MultiReader(bytes.NewReader(head), r), limit, hint)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", final, err)
	}
	page.Body = body
	page.Charset = detectCharset(body, ct)
	return page, nil
}

// readAll reads r to the end, failing with ErrTooLarge past limit bytes.
// hint is the expected size, to allocate once.
func readAll(r io.Reader, limit, hint int64) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(min(hint, limit) + 1))
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// retryAfter is the wait a 429 or 503 response asks for with Retry-After,
// in seconds or as a date; zero if none.
func retryAfter(resp *http.Response) time.Duration {
	if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable {
		return 0
	}
	v := resp.Header.Get("Retry-After")
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseInt(v, 10, 64); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(min(s, 1<<31)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0)
	}
	return 0
}
