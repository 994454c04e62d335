package eval

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/seed-d9e9b10c/pith/internal/savedpage"
)

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

// loadSaved reads every saved page at or below root, in the format of
// internal/savedpage. A page's ID is its folder's path relative to root
// (its folder's name when root is the page). A page without expected.txt
// has nothing to score against and is an error.
func loadSaved(root string) ([]Page, error) {
	refs, err := savedpage.Find(root)
	if err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(refs))
	for _, ref := range refs {
		p, err := savedpage.Load(ref.Dir, ref.ID)
		if err != nil {
			return nil, err
		}
		if !p.HasExpected {
			return nil, fmt.Errorf("saved page %s: has %s but no %s (pith check --update %s writes it)",
				ref.Dir, filepath.Base(p.Source), savedpage.ExpectedFile, ref.Dir)
		}
		page, err := savedPage(p)
		if err != nil {
			return nil, err
		}
		pages = append(pages, page)
	}
	return pages, nil
}

// savedPage turns a saved page into a corpus page. Absent and empty
// expected fields alike are not scored.
func savedPage(p *savedpage.Page) (Page, error) {
	m := p.Meta
	page := Page{ID: p.ID, Source: p.Source, URL: m.PageURL(), Truth: Truth{Text: p.Expected},
		Fetch: Fetch{ContentType: m.ContentType, Fetched: m.Fetched}}
	var published Date
	if s := deref(m.Published); s != "" {
		var err error
		if published, err = ParseDate(s); err != nil {
			return Page{}, fmt.Errorf("saved page %s: %s: published: %w", p.Dir, savedpage.MetaFile, err)
		}
	}
	var authors string
	if m.Authors != nil {
		authors = strings.Join(*m.Authors, ", ")
	}
	page.Truth.Meta = Meta{
		Title:     deref(m.Title),
		Authors:   authors,
		Published: published,
		SiteName:  deref(m.SiteName),
		Language:  deref(m.Language),
		Excerpt:   deref(m.Excerpt),
	}
	return page, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
