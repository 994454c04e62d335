package fetch

import (
	"bytes"
	"mime"
	"net/http"
	"regexp"
	"strings"
)

// typeVerdict is what a Content-Type header says about a response before
// its body is read.
type typeVerdict int

const (
	typeHTML  typeVerdict = iota // an HTML type: read it, checking it is not binary
	typeSniff                    // missing or text/plain: read the start and look
	typeOther                    // anything else: ErrNotHTML without reading
)

// sniffLen is how many bytes are looked at to tell HTML from other content,
// as in the WHATWG MIME sniffing standard.
const sniffLen = 512

// classifyType tells what to do with a response of this Content-Type.
// text/plain is sniffed because misconfigured servers label HTML with it.
func classifyType(contentType string) typeVerdict {
	mt := mediaType(contentType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return typeHTML
	case "", "text/plain":
		return typeSniff
	}
	return typeOther
}

// mediaType is the lower-case media type of a Content-Type header, even
// when its parameters are malformed.
func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
	}
	return mt
}

// sniffed is the media type the first bytes of a body look like, per
// net/http's implementation of the WHATWG sniffing algorithm, with a
// UTF-8 byte-order mark skipped so that it does not hide the markup.
func sniffed(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	return mediaType(http.DetectContentType(head))
}

// markupRE finds an HTML tag near the start of text that does not begin
// with one (a comment, a line of text, or a fragment before <html>).
var markupRE = regexp.MustCompile(`(?i)<(!doctype\s+html|html|head|body|title|meta|p|div|article|main|section|table|br|h[1-6]|a)[\s/>]`)

// looksHTML reports whether a body without a trustworthy type is HTML.
func looksHTML(head []byte) bool {
	switch sniffed(head) {
	case "text/html":
		return true
	case "text/plain", "text/xml":
		return markupRE.Match(head)
	}
	return false
}

// binaryType reports a sniffed type that is certainly not a web page,
// whatever the Content-Type says (a PDF served as text/html).
func binaryType(mt string) bool {
	for _, p := range []string{"image/", "audio/", "video/", "font/"} {
		if strings.HasPrefix(mt, p) {
			return true
		}
	}
	switch mt {
	case "application/pdf", "application/zip", "application/x-gzip", "application/wasm",
		"application/ogg", "application/x-rar-compressed", "application/vnd.ms-fontobject",
		"application/postscript":
		return true
	}
	return false
}
