package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// scrapingHubTruth is one entry of ground-truth.json.
type scrapingHubTruth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// loadScrapingHub reads html/<id>.html.gz and ground-truth.json.
func loadScrapingHub(root string) ([]Page, error) {
	data, err := os.ReadFile(filepath.Join(root, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truths map[string]scrapingHubTruth
	if err := json.Unmarshal(data, &truths); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	pages := make([]Page, 0, len(truths))
	for id, t := range truths {
		src, err := htmlFile(root, id)
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{
			ID:     id,
			URL:    pageURL(t.URL),
			Source: src,
			Truth:  Truth{Text: t.ArticleBody},
		})
	}
	return pages, nil
}

// htmlFile returns the path of root/html/<id>.html.gz (or .html).
func htmlFile(root, id string) (string, error) {
	for _, name := range []string{id + ".html.gz", id + ".html"} {
		if p := filepath.Join(root, "html", name); isFile(p) {
			return p, nil
		}
	}
	return "", fmt.Errorf("page %s: no html/%s.html.gz or html/%s.html", id, id, id)
}
