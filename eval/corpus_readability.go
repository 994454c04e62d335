package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"golang.org/x/net/html"
)

// readabilityURL is the address Readability's own tests give every page.
const readabilityURL = "http://fakehost/test/page.html"

// readabilityMeta is a page's expected-metadata.json.
type readabilityMeta struct {
	Title         string `json:"title"`
	Byline        string `json:"byline"`
	Excerpt       string `json:"excerpt"`
	SiteName      string `json:"siteName"`
	PublishedTime string `json:"publishedTime"`
	Lang          string `json:"lang"`
}

// readabilityPagesDir returns the folder holding the test pages: path/pages
// or path itself.
func readabilityPagesDir(path string) string {
	if isDir(path, "pages") {
		return filepath.Join(path, "pages")
	}
	return path
}

// isReadabilityRoot reports whether path (or path/pages) holds at least one
// folder with source.html and expected.html.
func isReadabilityRoot(path string) bool {
	entries, err := os.ReadDir(readabilityPagesDir(path))
	if err != nil {
		return false
	}
	for _, e := range entries {
		dir := filepath.Join(readabilityPagesDir(path), e.Name())
		if e.IsDir() && sourceFile(dir) != "" && isFile(dir, "expected.html") {
			return true
		}
	}
	return false
}

// loadReadability reads pages/<name>/{source.html,expected.html,
// expected-metadata.json}. Folders without expected.html are skipped.
func loadReadability(root string) ([]Page, error) {
	dir := readabilityPagesDir(root)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	u, _ := url.Parse(readabilityURL)
	var pages []Page
	for _, e := range entries {
		pageDir := filepath.Join(dir, e.Name())
		src := sourceFile(pageDir)
		if !e.IsDir() || src == "" || !isFile(pageDir, "expected.html") {
			continue
		}
		text, err := expectedHTMLText(filepath.Join(pageDir, "expected.html"))
		if err != nil {
			return nil, err
		}
		meta, err := readReadabilityMeta(filepath.Join(pageDir, "expected-metadata.json"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{ID: e.Name(), URL: u, Source: src, Truth: Truth{Text: text, Meta: meta}})
	}
	return pages, nil
}

// expectedHTMLText renders the text of an expected.html file.
func expectedHTMLText(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("parse %s: %w", path, err)
	}
	return HTMLText(doc), nil
}

// readReadabilityMeta reads expected-metadata.json; a missing file means no
// metadata is checked.
func readReadabilityMeta(path string) (Meta, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return Meta{}, nil
	}
	if err != nil {
		return Meta{}, err
	}
	var m readabilityMeta
	if err := json.Unmarshal(data, &m); err != nil {
		return Meta{}, fmt.Errorf("%s: %w", path, err)
	}
	var published Date
	if m.PublishedTime != "" {
		if published, err = ParseDate(m.PublishedTime); err != nil {
			return Meta{}, fmt.Errorf("%s: publishedTime: %w", path, err)
		}
	}
	return Meta{
		Title:     m.Title,
		Authors:   m.Byline,
		Published: published,
		SiteName:  m.SiteName,
		Language:  m.Lang,
		Excerpt:   m.Excerpt,
	}, nil
}
