package extractor

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// encode converts s to enc, failing the test if it cannot.
func encode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// padding is ASCII markup longer than the 1024 bytes the standard prescan
// looks at.
var padding = "<!-- " + strings.Repeat("padding ", 160) + "-->"

func TestDecode(t *testing.T) {
	const (
		cafe   = "<p>café crème</p>"
		cyril  = "<p>Привет, мир</p>"
		japan  = "<p>日本語のテキスト</p>"
		german = "<p>Größe und Übermaß</p>"
	)
	latin1 := func(s string) []byte { return encode(t, charmap.ISO8859_1, s) }
	cp1251 := func(s string) []byte { return encode(t, charmap.Windows1251, s) }
	join := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	b := func(s string) []byte { return []byte(s) }

	tests := []struct {
		name        string
		data        []byte
		contentType string
		want        string
	}{
		{"plain utf-8", b(cafe), "", cafe},
		{"ascii", b("<p>hello</p>"), "", "<p>hello</p>"},
		{"utf-8 bom", join(b("\xef\xbb\xbf"), b(cafe)), "", cafe},
		{"utf-8 bom beats content-type", join(b("\xef\xbb\xbf"), b(cafe)), "text/html; charset=iso-8859-1", cafe},
		{"utf-16le bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), cafe), "", cafe},
		{"utf-16be bom", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), japan), "", japan},
		{"utf-16le bom beats content-type", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), cyril), "text/html; charset=windows-1251", cyril},

		// Content-Type
		{"content-type iso-8859-1", latin1(cafe), "text/html; charset=ISO-8859-1", cafe},
		{"content-type quoted", latin1(german), `text/html; charset="iso-8859-1"`, german},
		{"content-type shift_jis", encode(t, japanese.ShiftJIS, japan), "text/html; charset=Shift_JIS", japan},
		{"content-type euc-jp", encode(t, japanese.EUCJP, japan), "text/html;charset=euc-jp", japan},
		{"content-type windows-1251", cp1251(cyril), "text/html; charset=windows-1251", cyril},
		{"content-type utf-8", b(cafe), "text/html; charset=utf-8", cafe},
		{"content-type beats meta", join(b(`<meta charset="windows-1251">`), latin1(cafe)), "text/html; charset=iso-8859-1", `<meta charset="windows-1251">` + cafe},
		{"content-type without charset", join(b(`<meta charset="windows-1251">`), cp1251(cyril)), "text/html", `<meta charset="windows-1251">` + cyril},
		{"content-type unknown charset", join(b(`<meta charset="windows-1251">`), cp1251(cyril)), "text/html; charset=x-bogus", `<meta charset="windows-1251">` + cyril},

		// <meta>
		{"meta charset", join(b(`<meta charset="windows-1251">`), cp1251(cyril)), "", `<meta charset="windows-1251">` + cyril},
		{"meta charset unquoted", join(b(`<meta charset=iso-8859-1>`), latin1(cafe)), "", `<meta charset=iso-8859-1>` + cafe},
		{"meta http-equiv", join(b(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`), cp1251(cyril)), "",
			`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">` + cyril},
		{"meta shift_jis", join(b(`<meta charset="Shift_JIS">`), encode(t, japanese.ShiftJIS, japan)), "", `<meta charset="Shift_JIS">` + japan},
		{"meta beyond 1024 bytes", join(b(padding+`<meta charset="windows-1251">`), cp1251(cyril)), "", padding + `<meta charset="windows-1251">` + cyril},
		{"meta http-equiv beyond 1024 bytes", join(b(padding+`<meta http-equiv="content-type" content="text/html; charset=windows-1251">`), cp1251(cyril)), "",
			padding + `<meta http-equiv="content-type" content="text/html; charset=windows-1251">` + cyril},
		{"meta utf-16 means utf-8", join(b(`<meta charset="utf-16">`), b(cafe)), "", `<meta charset="utf-16">` + cafe},
		{"meta utf-16 beyond 1024 bytes means utf-8", join(b(padding+`<meta charset="utf-16"><p>caf`), b("\xe9"), b(`</p>`)), "",
			padding + `<meta charset="utf-16"><p>caf` + "\uFFFD" + `</p>`},

		// no declaration
		{"undeclared latin-1", latin1(cafe), "", cafe},
		{"undeclared latin-1 after ascii head", join(b(padding), latin1(german)), "", padding + german},
		{"undeclared windows-1252 quotes", b("<p>\x93quoted\x94 \x80 5</p>"), "", "<p>“quoted” € 5</p>"},
		{"undeclared utf-8 after ascii head", b(padding + german), "", padding + german},

		// invalid bytes
		{"invalid utf-8 declared by content-type", b("<p>a\xffb\xc3</p>"), "text/html; charset=utf-8", "<p>a\uFFFDb\uFFFD</p>"},
		{"invalid utf-8 declared by meta", b(`<meta charset="utf-8"><p>a` + "\xff" + `b</p>`), "", `<meta charset="utf-8"><p>a` + "\uFFFD" + `b</p>`},
		{"invalid utf-8 after bom", b("\xef\xbb\xbf<p>a\xffb</p>"), "", "<p>a\uFFFDb</p>"},

		// a declaration the bytes contradict
		{"lying meta", join(b(`<meta charset="iso-8859-1">`), b(german)), "", `<meta charset="iso-8859-1">` + german},
		{"lying meta http-equiv", join(b(`<meta http-equiv="content-type" content="text/html; charset=windows-1252">`), b(cafe)), "",
			`<meta http-equiv="content-type" content="text/html; charset=windows-1252">` + cafe},
		{"lying meta beyond 1024 bytes", b(padding + `<meta charset="windows-1251">` + cyril), "", padding + `<meta charset="windows-1251">` + cyril},
		{"meta with truncated last rune", b(`<meta charset="iso-8859-1">` + german + "\xc3"), "", `<meta charset="iso-8859-1">` + german + "\uFFFD"},

		{"empty", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decode(tt.data, tt.contentType)
			if string(got) != tt.want {
				t.Errorf("decode(%q, %q)\n got %q\nwant %q", shorten(tt.data), tt.contentType, shorten(got), shorten([]byte(tt.want)))
			}
			if !utf8.Valid(got) {
				t.Errorf("decode returned invalid UTF-8: %q", shorten(got))
			}
		})
	}
}

// shorten cuts long test data for messages.
func shorten(b []byte) []byte {
	if len(b) > 200 {
		return append(append([]byte(nil), b[len(b)-200:]...), "…"...)
	}
	return b
}

func TestSniffNotHTML(t *testing.T) {
	utf16 := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "<html><body><p>hi</p></body></html>")
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"html", []byte("<!DOCTYPE html><html><p>hi</p></html>"), false},
		{"fragment", []byte("<p>hi</p>"), false},
		{"plain text", []byte("just some text"), false},
		{"empty", nil, false},
		{"utf-8 bom html", []byte("\xef\xbb\xbf<html></html>"), false},
		{"utf-16 with bom", utf16, false},
		{"json object after bom", []byte("\xef\xbb\xbf {\"a\": 1}"), true},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), true},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), true},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), true},
		{"zip", []byte("PK\x03\x04\x14\x00"), true},
		{"jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), true},
		{"gif", []byte("GIF89a\x01\x00"), true},
		{"elf", []byte("\x7fELF\x02\x01\x01"), true},
		{"woff2", []byte("wOF2\x00\x01"), true},
		{"nul-laden", bytes.Repeat([]byte("a\x00\x00\x00"), 64), true},
		{"json object", []byte(`  {"title": "not a page"}`), true},
		{"json array", []byte("\n[1, 2, 3]"), true},
		{"json holding markup is taken as html", []byte(`{"html": "<p>x</p>"}`), false},
		{"brace text", []byte("{ not json } <p>but html</p>"), false},
	}
	for _, tt := range tests {
		if got := sniffNotHTML(tt.data); got != tt.want {
			t.Errorf("%s: sniffNotHTML(%q) = %v, want %v", tt.name, shorten(tt.data), got, tt.want)
		}
	}
}

// errReader fails after returning its data.
type errReader struct {
	data []byte
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReadLimited(t *testing.T) {
	data := []byte("0123456789")
	if got, err := readLimited(bytes.NewReader(data), 10); err != nil || !bytes.Equal(got, data) {
		t.Errorf("readLimited at the limit = %q, %v; want all data", got, err)
	}
	if got, err := readLimited(bytes.NewReader(data), 100); err != nil || !bytes.Equal(got, data) {
		t.Errorf("readLimited under the limit = %q, %v; want all data", got, err)
	}
	if _, err := readLimited(bytes.NewReader(data), 9); !errors.Is(err, ErrTooLarge) {
		t.Errorf("readLimited over the limit: err = %v, want ErrTooLarge", err)
	}
	if got, err := readLimited(bytes.NewReader(nil), 10); err != nil || len(got) != 0 {
		t.Errorf("readLimited(empty) = %q, %v", got, err)
	}
	boom := errors.New("connection reset")
	if _, err := readLimited(&errReader{data: data, err: boom}, 100); !errors.Is(err, boom) {
		t.Errorf("readLimited with a failing reader: err = %v, want it to wrap %v", err, boom)
	}
	// the limit bounds what is read, not only what is kept
	r := &countingReader{r: io.LimitReader(zeros{}, 1<<30)}
	if _, err := readLimited(r, 1000); !errors.Is(err, ErrTooLarge) {
		t.Errorf("readLimited of an endless reader: err = %v, want ErrTooLarge", err)
	}
	if r.n > 1<<20 {
		t.Errorf("readLimited read %d bytes of an endless reader with a limit of 1000", r.n)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// TestExtractDecoding checks decoding and sniffing through Extract.
func TestExtractDecoding(t *testing.T) {
	page := func(charset, text string) string {
		return articlePage("Charsets", `<p>`+text+`</p>`)
	}
	t.Run("content-type windows-1251", func(t *testing.T) {
		const ru = "Правительство объявило о новых мерах поддержки малого бизнеса, включая налоговые льготы."
		src := encode(t, charmap.Windows1251, page("", ru))
		a, err := Extract(bytes.NewReader(src), nil, Options{ContentType: "text/html; charset=windows-1251"})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, ru) {
			t.Errorf("Text lacks the Cyrillic paragraph:\n%s", a.Text)
		}
	})
	t.Run("utf-16 bom", func(t *testing.T) {
		const ja = "政府は中小企業を支援するための新たな措置を発表しました。"
		src := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), page("", ja))
		a, err := Extract(bytes.NewReader(src), nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, ja) {
			t.Errorf("Text lacks the Japanese paragraph:\n%s", a.Text)
		}
	})
	t.Run("lying meta", func(t *testing.T) {
		const de = "Die Größe des Übermaßes überraschte die Gäste, sagte der Bürgermeister."
		src := strings.Replace(page("", de), `<meta charset="utf-8">`, `<meta charset="iso-8859-1">`, 1)
		a, err := Extract(strings.NewReader(src), nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, de) {
			t.Errorf("Text lacks the German paragraph:\n%s", a.Text)
		}
	})
	for _, bin := range []struct{ name, data string }{
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"},
		{"pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03<html>"},
		{"json", `{"title": "x", "body": "y"}`},
	} {
		t.Run(bin.name, func(t *testing.T) {
			a, err := Extract(strings.NewReader(bin.data), nil, Options{})
			if !errors.Is(err, ErrNotHTML) {
				t.Errorf("Extract(%s) = %v, %v; want ErrNotHTML", bin.name, a, err)
			}
		})
	}
	t.Run("too large", func(t *testing.T) {
		src := articlePage("Big", "")
		_, err := Extract(strings.NewReader(src), nil, Options{MaxBytes: int64(len(src)) - 1})
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("Extract over MaxBytes: err = %v, want ErrTooLarge", err)
		}
		if _, err := Extract(strings.NewReader(src), nil, Options{MaxBytes: int64(len(src))}); err != nil {
			t.Errorf("Extract at MaxBytes: %v", err)
		}
	})
}
