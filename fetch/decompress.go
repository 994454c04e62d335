package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"

	"github.com/andybalholm/brotli"
)

// acceptEncoding is the Accept-Encoding header sent: the encodings decoder
// handles. pith decodes itself, rather than letting net/http do it, so
// that the size limit counts decoded bytes for every encoding.
const acceptEncoding = "gzip, deflate, br"

// maxEncodings bounds how many Content-Encoding layers are undone.
const maxEncodings = 2

// decoder returns a reader of r's content with the Content-Encoding header
// contentEncoding undone, last-applied first.
func decoder(r io.Reader, contentEncoding string) (io.Reader, error) {
	var codings []string
	for c := range strings.SplitSeq(contentEncoding, ",") {
		c = strings.ToLower(strings.TrimSpace(c))
		if c != "" && c != "identity" {
			codings = append(codings, c)
		}
	}
	if len(codings) > maxEncodings {
		return nil, fmt.Errorf("too many layers of Content-Encoding in %q", contentEncoding)
	}
	for i := len(codings) - 1; i >= 0; i-- {
		var err error
		switch codings[i] {
		case "gzip", "x-gzip":
			r, err = gzip.NewReader(r)
		case "deflate":
			r, err = inflater(r)
		case "br":
			r = brotli.NewReader(r)
		default:
			return nil, fmt.Errorf("unsupported Content-Encoding %q", codings[i])
		}
		if err != nil {
			return nil, fmt.Errorf("bad %s-encoded body: %w", codings[i], err)
		}
	}
	return r, nil
}

// inflater decodes "deflate", which should be zlib-wrapped (RFC 9110) but
// which some servers send raw.
func inflater(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	h, err := br.Peek(2)
	if err != nil {
		return nil, err
	}
	if h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
		return zlib.NewReader(br)
	}
	return flate.NewReader(br), nil
}
