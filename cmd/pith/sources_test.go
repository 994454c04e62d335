package main

import (
	"context"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/seed-d9e9b10c/pith/extractor"
)

func TestParseList(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a\nb\n", []string{"a", "b"}},
		{"a\r\nb", []string{"a", "b"}},
		{"# comment\n\n  \n\ta.html\t\n  # indented comment\nhttps://x/#frag\n", []string{"a.html", "https://x/#frag"}},
		{"-\n", []string{"-"}},
	}
	for _, tt := range tests {
		got, err := parseList(strings.NewReader(tt.in))
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("parseList(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func FuzzParseList(f *testing.F) {
	f.Add("a\n# b\n\n c \r\n")
	f.Add("\x00\n#\n")
	f.Fuzz(func(t *testing.T, in string) {
		got, err := parseList(strings.NewReader(in))
		if err != nil {
			return // a line over the scanner's limit
		}
		for _, s := range got {
			if s == "" || s != strings.TrimSpace(s) || strings.HasPrefix(s, "#") || strings.ContainsAny(s, "\n") {
				t.Errorf("parseList(%q) returned source %q", in, s)
			}
		}
	})
}

func TestBoundedReader(t *testing.T) {
	tests := []struct {
		size, limit int
		wantErr     error
	}{
		{0, 10, nil},
		{10, 10, nil},
		{11, 10, extractor.ErrTooLarge},
		{100_000, 10, extractor.ErrTooLarge},
		{100_000, 100_000, nil},
	}
	for _, tt := range tests {
		r := limitReader(context.Background(), strings.NewReader(strings.Repeat("x", tt.size)), int64(tt.limit))
		got, err := io.ReadAll(r)
		if !errors.Is(err, tt.wantErr) || (err == nil && len(got) != tt.size) {
			t.Errorf("size %d, limit %d: read %d bytes, error %v; want %v", tt.size, tt.limit, len(got), err, tt.wantErr)
		}
		if len(got) > tt.limit {
			t.Errorf("size %d, limit %d: read %d bytes", tt.size, tt.limit, len(got))
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := io.ReadAll(limitReader(ctx, strings.NewReader("x"), 10)); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled context: error %v", err)
	}
}

func TestSchemeRE(t *testing.T) {
	for s, want := range map[string]bool{
		"https://example.com/": true,
		"HTTP://EXAMPLE.COM/":  true,
		"ftp://x/y":            true,
		"page.html":            false,
		"dir/page.html":        false,
		"C:\\pages\\a.html":    false,
		"-":                    false,
		"example.com/a":        false,
		"./http://x":           false,
	} {
		if got := schemeRE.MatchString(s); got != want {
			t.Errorf("schemeRE.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}
