package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// wcxbTruth is the part of a WCXB ground-truth/NNNN.json file eval reads.
type wcxbTruth struct {
	URL      string `json:"url"`
	Internal struct {
		PageType json.RawMessage `json:"page_type"`
	} `json:"_internal"`
	GroundTruth struct {
		Title       string   `json:"title"`
		Author      string   `json:"author"`
		PublishDate string   `json:"publish_date"`
		MainContent string   `json:"main_content"`
		With        []string `json:"with"`
		Without     []string `json:"without"`
	} `json:"ground_truth"`
}

// wcxbManifest is metadata.json, the corpus's list of pages.
type wcxbManifest struct {
	Files map[string]struct {
		PageType string `json:"page_type"`
	} `json:"files"`
}

// loadWCXB reads html/NNNN.html.gz and ground-truth/NNNN.json, with
// metadata.json as a second source of page types.
func loadWCXB(root string) ([]Page, error) {
	var manifest wcxbManifest
	if data, err := os.ReadFile(filepath.Join(root, "metadata.json")); err == nil {
		if err := json.Unmarshal(data, &manifest); err != nil {
			return nil, fmt.Errorf("metadata.json: %w", err)
		}
	}
	names, err := filepath.Glob(filepath.Join(root, "ground-truth", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no ground-truth/*.json files")
	}
	pages := make([]Page, 0, len(names))
	for _, name := range names {
		id := strings.TrimSuffix(filepath.Base(name), ".json")
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var t wcxbTruth
		if err := json.Unmarshal(data, &t); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		src, err := htmlFile(root, id)
		if err != nil {
			return nil, err
		}
		pageType := wcxbPageType(t.Internal.PageType)
		if pageType == "" {
			pageType = manifest.Files[id].PageType
		}
		gt := t.GroundTruth
		published, _ := ParseDate(gt.PublishDate) // an unreadable date is not scored
		pages = append(pages, Page{
			ID:     id,
			Type:   canonicalType(pageType),
			URL:    pageURL(t.URL),
			Source: src,
			Truth: Truth{
				Text:    gt.MainContent,
				With:    gt.With,
				Without: gt.Without,
				Meta:    Meta{Title: gt.Title, Authors: gt.Author, Published: published},
			},
		})
	}
	return pages, nil
}

// wcxbPageType reads _internal.page_type, which is either an object with a
// "primary" member or a plain string.
func wcxbPageType(raw json.RawMessage) string {
	var obj struct {
		Primary string `json:"primary"`
	}
	if json.Unmarshal(raw, &obj) == nil && obj.Primary != "" {
		return obj.Primary
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}

// canonicalType folds WCXB's page type synonyms: 'category' pages are
// scored as 'collection' pages.
func canonicalType(t string) string {
	t = strings.ToLower(strings.TrimSpace(t))
	if t == "category" {
		return "collection"
	}
	return t
}
