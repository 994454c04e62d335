package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// savedMeta is a saved page's optional meta.json. Every member is optional.
type savedMeta struct {
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
	SiteName  string   `json:"site_name"`
	Language  string   `json:"language"`
	Excerpt   string   `json:"excerpt"`
}

// errFoundPage stops the walk in hasSavedPage.
var errFoundPage = errors.New("found a page")

// isSavedPage reports whether dir holds source.html (or source.html.gz) and
// expected.txt.
func isSavedPage(dir string) bool {
	return sourceFile(dir) != "" && isFile(dir, "expected.txt")
}

// hasSavedPage reports whether path is a saved page or has one below it.
func hasSavedPage(path string) bool {
	err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && isSavedPage(p) {
			return errFoundPage
		}
		return nil
	})
	return errors.Is(err, errFoundPage)
}

// loadSaved reads every folder at or below root that holds source.html and
// expected.txt. A page's ID is its folder's path relative to root (its
// folder's name when root is the page).
func loadSaved(root string) ([]Page, error) {
	var pages []Page
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if !isSavedPage(p) {
			if sourceFile(p) != "" {
				return fmt.Errorf("saved page %s: has source.html but no expected.txt", p)
			}
			return nil
		}
		id, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		if id == "." {
			id = filepath.Base(filepath.Clean(root))
		}
		page, err := loadSavedPage(p)
		if err != nil {
			return err
		}
		page.ID = filepath.ToSlash(id)
		pages = append(pages, page)
		return nil
	})
	return pages, err
}

// loadSavedPage reads one saved-page folder.
func loadSavedPage(dir string) (Page, error) {
	text, err := os.ReadFile(filepath.Join(dir, "expected.txt"))
	if err != nil {
		return Page{}, err
	}
	page := Page{Source: sourceFile(dir), Truth: Truth{Text: string(text)}}
	data, err := os.ReadFile(filepath.Join(dir, "meta.json"))
	if os.IsNotExist(err) {
		return page, nil
	}
	if err != nil {
		return Page{}, err
	}
	var m savedMeta
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return Page{}, fmt.Errorf("%s: %w", filepath.Join(dir, "meta.json"), err)
	}
	var published Date
	if m.Published != "" {
		if published, err = ParseDate(m.Published); err != nil {
			return Page{}, fmt.Errorf("%s: published: %w", filepath.Join(dir, "meta.json"), err)
		}
	}
	page.URL = pageURL(m.URL)
	page.Truth.Meta = Meta{
		Title:     m.Title,
		Authors:   strings.Join(m.Authors, ", "),
		Published: published,
		SiteName:  m.SiteName,
		Language:  m.Language,
		Excerpt:   m.Excerpt,
	}
	return page, nil
}
