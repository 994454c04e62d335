package extractor

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// readChunk is the size of the pieces readLimited reads a reader of
// unknown length in.
const readChunk = 256 << 10

// readLimited reads all of r, failing with ErrTooLarge past limit bytes. It
// allocates the page once when r knows its length, and otherwise reads it
// in chunks joined at the end, so that refusing a page past the limit never
// costs much more than the limit (io.ReadAll doubles its buffer).
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	if l, ok := r.(interface{ Len() int }); ok {
		if int64(l.Len()) > limit {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
		}
		data := make([]byte, l.Len())
		n, err := io.ReadFull(r, data)
		if err != nil && err != io.ErrUnexpectedEOF {
			return nil, fmt.Errorf("pith: reading page: %w", err)
		}
		return data[:n], nil
	}
	r = io.LimitReader(r, limit+1)
	var chunks [][]byte
	total := int64(0)
	for {
		buf := make([]byte, readChunk)
		n, err := io.ReadFull(r, buf)
		total += int64(n)
		if total > limit {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
		}
		if n > 0 {
			chunks = append(chunks, buf[:n])
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("pith: reading page: %w", err)
		}
	}
	if len(chunks) == 1 {
		return chunks[0], nil
	}
	data := make([]byte, 0, total)
	for _, c := range chunks {
		data = append(data, c...)
	}
	return data, nil
}

// binaryPrefixes are magic numbers of formats that are certainly not HTML.
var binaryPrefixes = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("GIF87a"), []byte("GIF89a"),
	[]byte("\xff\xd8\xff"), []byte("PK\x03\x04"), []byte("\x1f\x8b"),
	[]byte("RIFF"), []byte("\x00\x00\x01\x00"), []byte("OggS"), []byte("ID3"),
	[]byte("\x7fELF"), []byte("wOFF"), []byte("wOF2"),
}

// sniffNotHTML reports input that is not an HTML document: binary formats,
// NUL-laden data and JSON.
func sniffNotHTML(data []byte) bool {
	for _, p := range binaryPrefixes {
		if bytes.HasPrefix(data, p) {
			return true
		}
	}
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	if bytes.HasPrefix(head, []byte{0xfe, 0xff}) || bytes.HasPrefix(head, []byte{0xff, 0xfe}) {
		// UTF-16 text, NULs and all
		return false
	}
	if bytes.Count(head, []byte{0}) > len(head)/8 {
		return true
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') && !bytes.Contains(head, []byte("<")) {
		return true
	}
	return controlBytes(head)*maxControlShare > len(head)
}

// maxControlShare: a page whose first kilobyte has more than one control
// byte in maxControlShare is binary data, not text in any encoding
// pith reads (UTF-16 is recognised by its byte-order mark before this).
const maxControlShare = 50

// controlBytes counts the C0 control bytes other than the white-space ones
// text uses.
func controlBytes(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			n++
		}
	}
	return n
}

// metaCharset finds a charset declared in a <meta> tag anywhere in the
// first part of the page, for pages whose head is longer than the 1024
// bytes the standard prescan looks at.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// metaScanLimit bounds how far into the page metaCharset looks.
const metaScanLimit = 64 << 10

// decode converts the page to UTF-8: a byte-order mark first, then the
// Content-Type charset, then a <meta> declaration, then detection. Bytes
// invalid in the chosen encoding become U+FFFD.
func decode(data []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if certain && strings.HasPrefix(name, "utf-16") && !looksUTF16(data) {
		// a header that says UTF-16 on bytes without the zero bytes
		// UTF-16 text is full of: the header is wrong
		enc, name, certain = charset.DetermineEncoding(data, "")
	}
	if !certain && name == "windows-1252" {
		// no declaration in the first 1024 bytes: look further, then detect
		head := data
		if len(head) > metaScanLimit {
			head = head[:metaScanLimit]
		}
		if m := metaCharset.FindSubmatch(head); m != nil {
			if e, n := charset.Lookup(string(m[1])); e != nil {
				enc, name = e, n
				if strings.HasPrefix(n, "utf-16") {
					// a page that is read as ASCII cannot be UTF-16: as in
					// the standard prescan, the declaration means UTF-8
					enc, name = encoding.Nop, "utf-8"
				}
			}
		}
	}
	if !certain && name != "utf-8" && isUTF8Text(data) {
		// a legacy declaration on a page whose bytes are valid UTF-8 with
		// multi-byte sequences: the declaration is wrong
		enc, name = encoding.Nop, "utf-8"
	}
	if name == "utf-8" || enc == encoding.Nop || enc == unicode.UTF8 {
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(data) {
			data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		}
		return data
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	// UTF-16 decoders keep the byte-order mark as U+FEFF
	return bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
}

// looksUTF16 reports whether data has the zero bytes of UTF-16 text: one
// in every other byte for Latin scripts, many for any script.
func looksUTF16(data []byte) bool {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	return len(head) >= 2 && bytes.Count(head, []byte{0})*8 >= len(head)
}

// isUTF8Text reports whether data is valid UTF-8 containing multi-byte
// sequences (pure ASCII says nothing about the encoding).
func isUTF8Text(data []byte) bool {
	high := false
	for _, c := range data {
		if c >= 0x80 {
			high = true
			break
		}
	}
	if !high {
		return false
	}
	// a truncated final rune does not make the page invalid
	end := len(data)
	for i := end - 1; i >= 0 && i > end-4; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				end = i
			}
			break
		}
	}
	return utf8.Valid(data[:end])
}
