package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// trickle sends a page one byte a second.
func trickle(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	for i := 0; i < len(page); i++ {
		if _, err := w.Write([]byte{page[i]}); err != nil {
			return
		}
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
			return
		case <-time.After(time.Second):
		}
	}
}

// endless sends a body that never ends.
func endless(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	chunk := bytes.Repeat([]byte("<p>more</p>"), 3000)
	for {
		if _, err := w.Write(chunk); err != nil {
			return
		}
	}
}

// stall sends the start of a page, then nothing.
func stall(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	io.WriteString(w, "<p>start")
	w.(http.Flusher).Flush()
	select {
	case <-r.Context().Done():
	case <-time.After(10 * time.Second):
	}
}

// gzipBomb is 10 MB of gzip that inflates to about 10 GB of zeros: a
// member holding 1 MiB of zeros in about 1 KB, repeated (a gzip stream may
// hold many members).
var gzipBomb = sync.OnceValue(func() []byte {
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	return bytes.Repeat(member.Bytes(), 10_000_000/member.Len())
})

// encoded serves page compressed with one of the encodings Get decodes.
func encoded(w http.ResponseWriter, r *http.Request) {
	enc := r.URL.Query().Get("enc")
	if !strings.Contains(r.Header.Get("Accept-Encoding"), strings.TrimPrefix(enc, "raw")) {
		http.Error(w, "encoding not accepted", http.StatusNotAcceptable)
		return
	}
	var zw io.WriteCloser
	switch enc {
	case "gzip":
		zw = gzip.NewWriter(w)
	case "deflate":
		zw = zlib.NewWriter(w)
	case "rawdeflate":
		zw, _ = flate.NewWriter(w, flate.DefaultCompression)
		enc = "deflate"
	case "br":
		zw = brotli.NewWriter(w)
	}
	w.Header().Set("Content-Type", "text/html")
	w.Header().Set("Content-Encoding", enc)
	io.WriteString(zw, page)
	zw.Close()
}

func TestLimits(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		opts    Options
		want    error  // nil: the page
		msg     string // in the error
		max     time.Duration
	}{
		{name: "trickle, total timeout", handler: trickle, opts: with(func(o *Options) { o.Timeout = 300 * time.Millisecond }),
			want: context.DeadlineExceeded, msg: "timed out after 300ms", max: 3 * time.Second},
		{name: "trickle, idle timeout", handler: trickle, opts: with(func(o *Options) { o.IdleTimeout = 200 * time.Millisecond; o.Retries = -1 }),
			want: context.DeadlineExceeded, msg: "no data received for 200ms", max: 3 * time.Second},
		{name: "stalled body, retried", handler: stall, opts: with(func(o *Options) { o.IdleTimeout = 100 * time.Millisecond; o.Retries = 1 }),
			want: context.DeadlineExceeded, msg: "no data received", max: 3 * time.Second},
		{name: "endless body", handler: endless, opts: with(func(o *Options) { o.MaxBytes = 1 << 20 }),
			want: ErrTooLarge, msg: "more than 1048576 bytes", max: 3 * time.Second},
		// The bounds of the cases that read 32 MiB are generous for slow
		// machines and the race detector; they are there to prove an end.
		{name: "endless body, default limit", handler: endless, opts: fast, want: ErrTooLarge, max: 30 * time.Second},
		{name: "gzip bomb", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipBomb())
		}, opts: fast, want: ErrTooLarge, msg: "more than 33554432 bytes", max: 30 * time.Second},
		{name: "header too large", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("X-Padding", strings.Repeat("x", 4<<10))
			html(page)(w, r)
		}, opts: with(func(o *Options) { o.MaxHeaderBytes = 1 << 10 }), want: ErrTooLarge, msg: "headers over 1024 bytes", max: 3 * time.Second},
		{name: "large header within limit", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("X-Padding", strings.Repeat("x", 4<<10))
			html(page)(w, r)
		}, opts: fast, max: 3 * time.Second},
		{name: "gzip", handler: encoded, opts: fast, max: 3 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leakCheck(t)
			srv := serve(t, tt.handler)
			p, err := within(t, tt.max, func() (*Page, error) { return get(tt.opts, srv.URL+"/x?enc=gzip") })
			if tt.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				if string(p.Body) != page {
					t.Errorf("Body = %q", p.Body)
				}
				return
			}
			errCase(t, err, tt.want, srv.URL, tt.msg)
		})
	}
}

func TestDecompression(t *testing.T) {
	leakCheck(t)
	srv := serve(t, encoded)
	for _, enc := range []string{"gzip", "deflate", "rawdeflate", "br"} {
		t.Run(enc, func(t *testing.T) {
			p, err := get(fast, srv.URL+"/?enc="+enc)
			if err != nil {
				t.Fatal(err)
			}
			if string(p.Body) != page {
				t.Errorf("Body = %q, want the page", p.Body)
			}
			// The limit counts decompressed bytes.
			_, err = get(with(func(o *Options) { o.MaxBytes = int64(len(page)) - 1 }), srv.URL+"/?enc="+enc)
			errCase(t, err, ErrTooLarge, srv.URL, "")
		})
	}
}

func TestDecoderErrors(t *testing.T) {
	tests := []struct{ encoding, msg string }{
		{"compress", `unsupported Content-Encoding "compress"`},
		{"gzip, gzip, gzip", "too many layers"},
		{"gzip", "bad gzip-encoded body"},
	}
	for _, tt := range tests {
		_, err := decoder(strings.NewReader("not compressed"), tt.encoding)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("decoder(%q) error = %v, want %q", tt.encoding, err, tt.msg)
		}
	}
	for _, enc := range []string{"", "identity", " Identity "} {
		r, err := decoder(strings.NewReader("plain"), enc)
		if err != nil {
			t.Fatalf("decoder(%q): %v", enc, err)
		}
		if b, _ := io.ReadAll(r); string(b) != "plain" {
			t.Errorf("decoder(%q) read %q", enc, b)
		}
	}
}
