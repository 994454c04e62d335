package extractor

import (
	"bytes"
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// fuzzSeeds are small hand-written inputs covering the decoder's and the
// pipeline's branches.
var fuzzSeeds = []struct {
	data        string
	contentType string
}{
	{"", ""},
	{"   \n", ""},
	{"<p>Hello, world.</p>", ""},
	{"<html><head><title>T</title></head><body><article><h1>T</h1><p>" + prose + "</p><p>" + prose + "</p></article></body></html>", "text/html; charset=utf-8"},
	{"<div class=\"share\">Share</div><div class=\"entry-content\"><p>Some text, with commas, and more.</p><ul><li>a</li><li>b</li></ul></div>", ""},
	{"<pre>\tcode\n\n\n  more</pre><p>after the code block</p>", ""},
	{"<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td><p>2</p></td></tr></table>", ""},
	{"<p>a<br><br><br>b&nbsp;c</p><ol start=\"5\"><li><p>x</p></li><li></li></ol>", ""},
	{"<a href=\"javascript:alert(1)\" onclick=\"x()\">x</a><img data-src=\"/i.jpg\"><script>x</script><style>p{}</style>", ""},
	{"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", ""},
	{"<p>caf\xe9</p>", "text/html; charset=iso-8859-1"},
	{"<p>\x93\xfa\x96{</p>", "text/html; charset=shift_jis"},
	{"\xef\xbb\xbf<p>bom</p>", ""},
	{"\xff\xfe<\x00p\x00>\x00h\x00i\x00", ""},
	{"\xfe\xff\x00<\x00p\x00>\x00h\x00i", ""},
	{"<meta charset=\"iso-8859-1\"><p>Gr\xc3\xb6\xc3\x9fe</p>", ""},
	{"<p>a\xffb\xc3</p>", "text/html; charset=utf-8"},
	{"\x89PNG\r\n\x1a\n", ""},
	{"%PDF-1.7", ""},
	{"\x1f\x8b\x08\x00", ""},
	{`{"json": true}`, "application/json"},
	{"<math><mi xlink:href=\"javascript:x\">x</mi></math><svg><a href=\"javascript:x\">y</a></svg>", ""},
	{"<frameset><frame src=x></frameset>", ""},
	{"<div class=\"comments\"><div class=\"comment\"><p>First comment, which is long enough to count.</p></div></div>", ""},
	{"<template><p>t</p></template><noscript><p>n</p></noscript><p hidden>h</p>", ""},
	{"<h2>Related stories</h2><ul><li><a href=\"/a\">A</a></li></ul><p>By Jane Doe</p><p>4 min read</p>", ""},
}

// FuzzExtract runs the whole pipeline on arbitrary bytes. Extract must not
// panic (it recovers and reports "internal error", which fails the
// target), must fail only with its sentinel errors, and on success must
// return text in its documented shape and content that is safe to render.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s.data), s.contentType, uint8(0))
	}
	f.Add([]byte("<p>comments</p>"), "", uint8(3))
	pageURL, _ := url.Parse("https://example.test/dir/page.html")
	f.Fuzz(func(t *testing.T, data []byte, contentType string, flags uint8) {
		opts := Options{
			ContentType:     contentType,
			NoFallback:      flags&1 != 0,
			IncludeComments: flags&2 != 0,
		}
		var u *url.URL
		if flags&4 == 0 {
			u = pageURL
		}
		a, err := Extract(bytes.NewReader(data), u, opts)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Extract panicked: %v", err)
			}
			if !errors.Is(err, ErrNotHTML) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrNoContent) {
				t.Fatalf("Extract returned an unexpected error: %v", err)
			}
			if errors.Is(err, ErrNoContent) {
				if a == nil || a.Text != "" || a.Content != nil {
					t.Fatalf("ErrNoContent with %+v, want metadata only", a)
				}
			} else if a != nil {
				t.Fatalf("Extract returned an article with error %v", err)
			}
			return
		}
		if a == nil {
			t.Fatal("Extract returned nil article and nil error")
		}
		if a.Text == "" {
			t.Fatal("Extract returned empty Text and no error")
		}
		if a.Content == nil {
			t.Fatal("Extract returned Text but no Content")
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("Text is not valid UTF-8: %q", a.Text)
		}
		if findElement(a.Content, atom.Pre) == nil {
			// outside <pre> the text has one blank line between blocks
			// and no line with surrounding white space
			if strings.Contains(a.Text, "\n\n\n") {
				t.Fatalf("Text has two blank lines in a row: %q", a.Text)
			}
			for _, l := range strings.Split(a.Text, "\n") {
				if strings.TrimSpace(l) != l {
					t.Fatalf("Text has a line with surrounding white space: %q in %q", l, a.Text)
				}
			}
		}
		checkSafe(t, a.Content)
		_ = a.HTML()
		_ = a.Markdown()
	})
}

// FuzzDecode: decode always returns valid UTF-8, and leaves valid UTF-8
// text without a byte-order mark or declared charset untouched.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s.data), s.contentType)
	}
	f.Add([]byte(padding+`<meta charset="windows-1251"><p>`+"\xcf\xf0\xe8"+`</p>`), "")
	f.Add([]byte(padding+`<meta charset="utf-16"><p>caf`+"\xe9"+`</p>`), "")
	f.Add([]byte(padding+`<p>Größe</p>`), "")
	f.Add([]byte(`<meta charset="iso-2022-kr"><p>x</p>`), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		in := append([]byte(nil), data...)
		out := decode(data, contentType)
		if !bytes.Equal(in, data) {
			t.Fatalf("decode modified its input")
		}
		if !utf8.Valid(out) {
			t.Fatalf("decode(%q, %q) = %q: invalid UTF-8", data, contentType, out)
		}
		if contentType == "" && utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) && hasMultiByte(data) {
			if !bytes.Equal(out, data) {
				t.Fatalf("decode changed valid UTF-8 text:\n in %q\nout %q", data, out)
			}
		}
		sniffNotHTML(data)
	})
}

func hasMultiByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
