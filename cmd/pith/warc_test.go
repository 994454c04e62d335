package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
	"golang.org/x/text/encoding/charmap"
)

// archived is a record for writeWARC.
type archived struct {
	typ    gowarc.RecordType
	target string
	date   string
	ct     string // the WARC Content-Type
	block  string // the record's content: an HTTP message, or a document
}

// httpResponse is an HTTP response as a crawler archives it.
func httpResponse(status int, headers, body string) string {
	return fmt.Sprintf("HTTP/1.1 %d X\r\n%sContent-Length: %d\r\n\r\n%s", status, headers, len(body), body)
}

// chunked is an HTTP response archived with its chunked transfer coding.
func chunked(body string) string {
	var b strings.Builder
	b.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")
	for len(body) > 0 {
		n := min(len(body), 100)
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, body[:n])
		body = body[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

// writeWARC writes records to a WARC file, each record a gzip member when
// compressed, and returns each record's offset.
func writeWARC(t *testing.T, path string, compressed bool, records []archived) []int64 {
	t.Helper()
	var file bytes.Buffer
	var offsets []int64
	m := gowarc.NewMarshaler()
	for i, a := range records {
		rb := gowarc.NewRecordBuilder(a.typ, gowarc.WithAddMissingDigest(true))
		rb.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", i))
		rb.AddWarcHeader(gowarc.WarcDate, a.date)
		if a.target != "" {
			rb.AddWarcHeader(gowarc.WarcTargetURI, a.target)
		}
		rb.AddWarcHeader(gowarc.ContentType, a.ct)
		rb.AddWarcHeaderInt(gowarc.ContentLength, len(a.block))
		rb.WriteString(a.block)
		rec, _, err := rb.Build()
		if err != nil {
			t.Fatal(err)
		}
		offsets = append(offsets, int64(file.Len()))
		if compressed {
			zw := gzip.NewWriter(&file)
			_, _, err = m.Marshal(zw, rec, 0)
			zw.Close()
		} else {
			_, _, err = m.Marshal(&file, rec, 0)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, file.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return offsets
}

// archive is a small crawl: pages in several forms among records that are
// not pages.
func archive() []archived {
	const resp = "application/http; msgtype=response"
	const date = "2024-05-01T12:00:00Z"
	latin, _ := charmap.Windows1252.NewEncoder().String(articleHTML("Café crème"))
	return []archived{
		{typ: gowarc.Warcinfo, date: date, ct: "application/warc-fields", block: "software: pith test\r\n"},
		{typ: gowarc.Request, target: "https://news.example/a/alpha", date: date, ct: "application/http; msgtype=request",
			block: "GET /a/alpha HTTP/1.1\r\nHost: news.example\r\n\r\n"},
		{typ: gowarc.Response, target: "https://news.example/a/alpha", date: date, ct: resp,
			block: httpResponse(200, "Content-Type: text/html; charset=utf-8\r\n", articleHTML("Alpha"))},
		{typ: gowarc.Response, target: "https://news.example/logo.png", date: date, ct: resp,
			block: httpResponse(200, "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n")},
		{typ: gowarc.Response, target: "https://news.example/a/beta", date: "2024-05-01T12:00:01Z", ct: resp, block: chunked(articleHTML("Beta"))},
		{typ: gowarc.Response, target: "https://news.example/old", date: date, ct: resp,
			block: httpResponse(301, "Location: /a/alpha\r\n", "")},
		{typ: gowarc.Response, target: "https://news.example/missing", date: date, ct: resp,
			block: httpResponse(404, "Content-Type: text/html\r\n", "<p>Not found</p>")},
		{typ: gowarc.Response, target: "https://news.example/a/gamma", date: date, ct: resp,
			block: httpResponse(200, "Content-Type: text/html; charset=iso-8859-1\r\n", latin)},
		{typ: gowarc.Response, target: "https://news.example/empty", date: date, ct: resp,
			block: httpResponse(200, "Content-Type: text/html\r\n", "<html><body></body></html>")},
		{typ: gowarc.Resource, target: "https://news.example/a/delta", date: date, ct: "text/html", block: articleHTML("Delta")},
		{typ: gowarc.Metadata, target: "https://news.example/a/alpha", date: date, ct: "application/warc-fields", block: "outlinks: x\r\n"},
	}
}

func TestWARC(t *testing.T) {
	dir := t.TempDir()
	for _, compressed := range []bool{false, true} {
		name := filepath.Join(dir, "crawl.warc")
		if compressed {
			name += ".gz"
		}
		offsets := writeWARC(t, name, compressed, archive())
		t.Run(filepath.Base(name), func(t *testing.T) {
			code, out, errOut := pith(t, "", "warc", "-j", "3", name)
			if code != 1 {
				t.Errorf("exit code %d, want 1 (one page has no content); stderr:\n%s", code, errOut)
			}
			recs := decodeLines(t, out)
			want := []struct {
				source, title, date string
				record              int // index in archive()
				err                 string
			}{
				{"https://news.example/a/alpha", "Alpha", "2024-05-01T12:00:00Z", 2, ""},
				{"https://news.example/a/beta", "Beta", "2024-05-01T12:00:01Z", 4, ""},
				{"https://news.example/a/gamma", "Café crème", "2024-05-01T12:00:00Z", 7, ""},
				{"https://news.example/empty", "", "2024-05-01T12:00:00Z", 8, "no main content"},
				{"https://news.example/a/delta", "Delta", "2024-05-01T12:00:00Z", 9, ""},
			}
			if len(recs) != len(want) {
				t.Fatalf("%d lines, want %d:\n%s", len(recs), len(want), out)
			}
			for i, w := range want {
				rec := recs[i]
				if rec["source"] != w.source || rec["warc_date"] != w.date || rec["warc_file"] != name {
					t.Errorf("line %d: source %v, warc_date %v, warc_file %v; want %s, %s, %s", i, rec["source"], rec["warc_date"], rec["warc_file"], w.source, w.date, name)
				}
				if rec["warc_offset"] != float64(offsets[w.record]) {
					t.Errorf("line %d: warc_offset %v, want %d", i, rec["warc_offset"], offsets[w.record])
				}
				if id := fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", w.record); rec["warc_record_id"] != id {
					t.Errorf("line %d: warc_record_id %v, want %s", i, rec["warc_record_id"], id)
				}
				msg, _ := rec["error"].(string)
				if w.err == "" && (msg != "" || rec["title"] != w.title || !strings.Contains(rec["text"].(string), "Paragraph 0 of "+w.title)) {
					t.Errorf("line %d: title %q, error %q, text %.60q", i, rec["title"], msg, rec["text"])
				}
				if w.err != "" && !strings.Contains(msg, w.err) {
					t.Errorf("line %d: error %q, want %q", i, msg, w.err)
				}
			}
			if !strings.Contains(errOut, "4 done, 1 failed (1 no content), 6 records skipped") {
				t.Errorf("summary missing or wrong:\n%s", errOut)
			}
		})
	}
}

func TestWARCFormats(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "crawl.warc.gz")
	writeWARC(t, name, true, archive())

	// Text output is headed by the target URI, in archive order.
	code, out, _ := pith(t, "", "warc", "--format", "text", "-q", name)
	if code != 1 {
		t.Errorf("exit code %d", code)
	}
	var heads []string
	for line := range strings.Lines(out) {
		if h, ok := strings.CutPrefix(strings.TrimSpace(line), "==> "); ok {
			heads = append(heads, strings.TrimSuffix(h, " <=="))
		}
	}
	if got := strings.Join(heads, " "); got != "https://news.example/a/alpha https://news.example/a/beta https://news.example/a/gamma https://news.example/a/delta" {
		t.Errorf("headers %s", got)
	}

	// Standard input, unordered: the same pages.
	data, _ := os.ReadFile(name)
	code, out, errOut := pith(t, string(data), "warc", "--unordered", "-q", "-")
	if code != 1 || len(decodeLines(t, out)) != 5 || errOut == "" {
		t.Errorf("stdin: exit code %d, %d lines, stderr %q", code, len(decodeLines(t, out)), errOut)
	}
	if strings.Contains(errOut, "done") {
		t.Errorf("-q printed a summary: %q", errOut)
	}
}

func TestWARCErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.warc")
	writeWARC(t, good, false, archive()[:3])
	broken := filepath.Join(dir, "broken.warc.gz")
	os.WriteFile(broken, []byte("\x1f\x8b\x08\x00garbage"), 0o644)
	missing := filepath.Join(dir, "missing.warc")

	code, out, errOut := pith(t, "", "warc", missing, broken, good)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	recs := decodeLines(t, out)
	if len(recs) != 3 {
		t.Fatalf("%d lines, want 3 (two archives failing, one page):\n%s", len(recs), out)
	}
	if recs[0]["source"] != missing || !strings.Contains(recs[0]["error"].(string), "no such file") {
		t.Errorf("missing file: %v", recs[0])
	}
	if recs[1]["source"] != broken || recs[1]["error"] == nil {
		t.Errorf("broken file: %v", recs[1])
	}
	if recs[2]["title"] != "Alpha" {
		t.Errorf("the good archive was not read after the bad ones: %v", recs[2])
	}
	if !strings.Contains(errOut, "pith: "+missing+": ") {
		t.Errorf("stderr:\n%s", errOut)
	}

	for _, args := range [][]string{{"warc"}, {"warc", "--format", "yaml", good}, {"warc", "-j", "0", good}, {"warc", "--frob", good}} {
		if code, _, errOut := pith(t, "", args...); code != 2 || !strings.HasPrefix(errOut, "pith: ") {
			t.Errorf("%q: exit code %d, stderr %q; want 2 and a usage error", args, code, errOut)
		}
	}
	if code, out, _ := pith(t, "", "warc", "-h"); code != 0 || !strings.Contains(out, "WARC-Target-URI") {
		t.Errorf("warc -h: exit code %d, output %q", code, out)
	}
}
