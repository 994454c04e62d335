package fetch

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
)

// headerDefaults are the charsets servers label pages with by default
// (Apache's AddDefaultCharset, servlet containers) whatever the page is.
// When the page itself declares another charset, the page is believed.
// Names are WHATWG names, which ISO-8859-1 and US-ASCII map to.
var headerDefaults = map[string]bool{"windows-1252": true}

// metaCharsetRE finds a charset declared in a <meta> tag, both
// <meta charset=...> and <meta http-equiv=Content-Type content="...;
// charset=...">.
var metaCharsetRE = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// metaScanLimit bounds how far into the page a <meta> charset is looked for;
// some pages put kilobytes of scripts before it.
const metaScanLimit = 64 << 10

// detectLimit bounds how much of the page the statistical detector reads.
const detectLimit = 64 << 10

// detectConfidence is the least confidence (1-100) at which the detector's
// guess is preferred to the web's default, windows-1252.
const detectConfidence = 30

// detectCharset decides the encoding of an HTML body: a byte-order mark,
// then the Content-Type charset, then a <meta> declaration, then detection.
// A declaration is not believed when the bytes contradict it: "utf-8" on
// bytes that are not valid UTF-8, a legacy charset on bytes that are valid
// UTF-8 with multi-byte sequences, a server default (ISO-8859-1) when the
// page declares something else. The result is a WHATWG encoding name.
func detectCharset(body []byte, contentType string) string {
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		return "utf-8"
	case bytes.HasPrefix(body, []byte("\xfe\xff")):
		return "utf-16be"
	case bytes.HasPrefix(body, []byte("\xff\xfe")):
		return "utf-16le"
	}
	meta := metaCharset(body)
	if name := headerCharset(contentType); name != "" && believable(name, body) {
		if !headerDefaults[name] || meta == "" || meta == name {
			return name
		}
	}
	if meta != "" {
		return meta
	}
	if utf8Prefix(body) {
		return "utf-8"
	}
	return guessCharset(body)
}

// headerCharset is the WHATWG name of the charset parameter of a
// Content-Type header, or "" if there is none or it is unknown.
func headerCharset(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	_, name := charset.Lookup(params["charset"])
	return name
}

// metaCharset is the believable charset a <meta> tag in the first part of
// the page declares, or "".
func metaCharset(body []byte) string {
	head := body[:min(len(body), metaScanLimit)]
	m := metaCharsetRE.FindSubmatch(head)
	if m == nil {
		return ""
	}
	_, name := charset.Lookup(string(m[1]))
	if strings.HasPrefix(name, "utf-16") {
		// A page read as ASCII to find the tag is not UTF-16; as in the
		// HTML standard's prescan, the declaration means UTF-8.
		name = "utf-8"
	}
	if name == "" || !believable(name, body) {
		return ""
	}
	return name
}

// believable reports whether body may be in the encoding name.
func believable(name string, body []byte) bool {
	switch {
	case name == "utf-8":
		return utf8Prefix(body)
	case strings.HasPrefix(name, "utf-16"):
		// Without a byte-order mark, HTML in UTF-16 is vanishingly rare;
		// ASCII-compatible bytes have no NULs.
		return bytes.IndexByte(body[:min(len(body), 1024)], 0) >= 0
	default:
		// A legacy charset on valid UTF-8 text with multi-byte sequences
		// is almost always a wrong label.
		return !utf8Text(body)
	}
}

// utf8Prefix reports whether body is valid UTF-8, allowing a truncated
// rune at the end.
func utf8Prefix(body []byte) bool {
	end := len(body)
	for i := end - 1; i >= 0 && i > end-utf8.UTFMax; i-- {
		if utf8.RuneStart(body[i]) {
			if !utf8.FullRune(body[i:]) {
				end = i
			}
			break
		}
	}
	return utf8.Valid(body[:end])
}

// utf8Text reports whether body is valid UTF-8 with at least one multi-byte
// sequence: pure ASCII says nothing about the encoding.
func utf8Text(body []byte) bool {
	for _, c := range body {
		if c >= utf8.RuneSelf {
			return utf8Prefix(body)
		}
	}
	return false
}

// chardetNames maps the detector's names to labels charset.Lookup knows.
var chardetNames = map[string]string{"GB-18030": "gb18030"}

// guessCharset detects the encoding of a page that declares none and is not
// UTF-8, falling back on windows-1252 as browsers do.
func guessCharset(body []byte) string {
	res, err := chardet.NewHtmlDetector().DetectBest(body[:min(len(body), detectLimit)])
	if err == nil && res.Confidence >= detectConfidence {
		label := res.Charset
		if l, ok := chardetNames[label]; ok {
			label = l
		}
		if _, name := charset.Lookup(label); name != "" && name != "utf-8" {
			return name
		}
	}
	return "windows-1252"
}
