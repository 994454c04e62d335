package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/seed-d9e9b10c/pith/extractor"
)

// A contender turns one raw page (charset undecoded, as fetched) into its
// main content as plain text. Every contender gets the same bytes and the
// page's URL, and does all of its own work: charset handling, parsing,
// extraction, metadata and rendering the text. It returns the length of
// the text so that the table can tell empty results apart.
type contender struct {
	name string
	// what says in a few words what is measured, for the table's legend.
	what string
	run  func(page []byte, pageURL *url.URL) (textLen int, err error)
}

// floorName is the parse-only floor, the contender the others are
// compared with.
const floorName = "parse floor"

// contenders lists every contender in table order; defaultContenders are
// the ones run without -only.
var contenders = []contender{
	{floorName, "golang.org/x/net/html.Parse of the raw bytes, nothing else", parseFloor},
	{"pith", "extractor.ExtractBytes, default Options", pith(extractor.Options{})},
	{"pith-nofallback", "extractor.ExtractBytes with NoFallback", pith(extractor.Options{NoFallback: true})},
	{"readeck", "codeberg.org/readeck/go-readability/v2 FromReader + RenderText", readeckV2},
	{"go-shiori", "github.com/go-shiori/go-readability FromReader", goShiori},
	{"go-trafilatura", "github.com/markusmobius/go-trafilatura Extract, default Options", goTrafilatura(false)},
	{"go-trafilatura+fb", "go-trafilatura with EnableFallback (readability + dom-distiller)", goTrafilatura(true)},
}

var defaultContenders = []string{floorName, "pith", "readeck", "go-shiori", "go-trafilatura"}

// pickContenders returns the contenders named in the comma-separated list
// ("floor" names the parse floor), or the default ones when it is empty,
// in table order.
func pickContenders(list string) ([]contender, error) {
	names := defaultContenders
	if strings.TrimSpace(list) != "" {
		names = nil
		for _, n := range strings.Split(list, ",") {
			if n = strings.TrimSpace(n); n == "floor" {
				names = append(names, floorName)
			} else if n != "" {
				names = append(names, n)
			}
		}
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	var picked []contender
	for _, c := range contenders {
		if want[c.name] {
			picked = append(picked, c)
			delete(want, c.name)
		}
	}
	if len(want) > 0 {
		var known []string
		for _, c := range contenders {
			known = append(known, c.name)
		}
		for n := range want {
			return nil, fmt.Errorf("unknown contender %q (known: floor, %s)", n, strings.Join(known[1:], ", "))
		}
	}
	return picked, nil
}

func parseFloor(page []byte, _ *url.URL) (int, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return 0, err
	}
	if doc.FirstChild == nil {
		return 0, nil
	}
	return 1, nil
}

func pith(opts extractor.Options) func([]byte, *url.URL) (int, error) {
	return func(page []byte, pageURL *url.URL) (int, error) {
		a, err := extractor.ExtractBytes(context.Background(), page, pageURL, opts)
		if errors.Is(err, extractor.ErrNoContent) {
			return 0, nil // an answer, not a failure
		}
		if err != nil {
			return 0, err
		}
		return len(a.Text), nil
	}
}

func readeckV2(page []byte, pageURL *url.URL) (int, error) {
	a, err := readeck.FromReader(bytes.NewReader(page), pageURL)
	if err != nil {
		return 0, err
	}
	if a.Node == nil {
		return 0, nil
	}
	var text strings.Builder
	if err := a.RenderText(&text); err != nil {
		return 0, err
	}
	return text.Len(), nil
}

func goShiori(page []byte, pageURL *url.URL) (int, error) {
	a, err := shiori.FromReader(bytes.NewReader(page), pageURL)
	if err != nil {
		return 0, err
	}
	return len(a.TextContent), nil
}

func goTrafilatura(fallback bool) func([]byte, *url.URL) (int, error) {
	return func(page []byte, pageURL *url.URL) (int, error) {
		r, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
			OriginalURL:    pageURL,
			EnableFallback: fallback,
		})
		if err != nil {
			return 0, err
		}
		return len(r.ContentText), nil
	}
}
