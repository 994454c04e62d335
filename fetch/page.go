package fetch

import (
	"bytes"
	"net/http"
	"net/url"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// Page is a downloaded web page.
type Page struct {
	// URL is the page's final URL, after redirects.
	URL *url.URL
	// StatusCode is the response's status code: 2xx, or 304 when
	// NotModified.
	StatusCode int
	// Header holds the final response's headers.
	Header http.Header
	// ContentType is the response's Content-Type header as sent, charset
	// parameter included; empty if the server sent none.
	ContentType string
	// Body is the response body, decompressed but otherwise as received:
	// in the encoding named by Charset. Nil when NotModified.
	Body []byte
	// Charset is the encoding of Body as a WHATWG name ("utf-8",
	// "windows-1252", "shift_jis", "gbk", ...), decided from a byte-order
	// mark, then the Content-Type charset, then a <meta> declaration, then
	// detection; a declaration the bytes contradict is not believed (see
	// the package documentation). Empty when NotModified.
	Charset string
	// NotModified reports a 304 answer to a conditional request
	// ([Client.GetIfChanged]): the copy the caller has is current, and
	// Body is nil.
	NotModified bool
}

// UTF8 returns Body converted from Charset to UTF-8, without a byte-order
// mark; bytes invalid in that encoding become U+FFFD.
func (p *Page) UTF8() []byte {
	data := p.Body
	enc, name := charset.Lookup(p.Charset)
	if enc == nil || name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if utf8.Valid(data) {
			return data
		}
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
}

// Validators are what a server said to identify a version of a page, for
// a conditional request that downloads the page again only if it changed.
type Validators struct {
	// ETag is the response's ETag header, sent back as If-None-Match.
	ETag string
	// LastModified is the response's Last-Modified header, sent back as
	// If-Modified-Since.
	LastModified string
}

// Validators returns the page's ETag and Last-Modified headers, to keep
// with a stored copy and pass to [Client.GetIfChanged] when crawling again.
func (p *Page) Validators() Validators {
	return Validators{ETag: p.Header.Get("ETag"), LastModified: p.Header.Get("Last-Modified")}
}
