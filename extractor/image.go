package extractor

import (
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// minLeadImage is the smallest width or height, in pixels, of a content
// image taken as the lead image when the page declares none: smaller ones
// are icons, avatars and spacers.
const minLeadImage = 200

// image is the article's lead image: the one the page declares for sharing
// (og:image, twitter:image, then JSON-LD, microdata and image_src), else
// the first large image of the content. It is resolved against pageURL.
func (m *pageMeta) image(content *html.Node, pageURL *url.URL) string {
	var declared []string
	for _, k := range heuristics.ImageMetaKeys {
		declared = append(declared, m.meta[k])
	}
	declared = append(declared, m.jsonLD.image)
	declared = append(declared, m.links["image"]...)
	declared = append(declared, m.links["image_src"]...)
	for _, raw := range declared {
		if u := imageURL(raw, pageURL); u != "" {
			return u
		}
	}
	return contentImage(content, pageURL)
}

// imageURL resolves an image address; data: URIs and non-HTTP schemes give
// "". Without a page URL a relative address is kept as it is.
func imageURL(raw string, pageURL *url.URL) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.HasPrefix(raw, "data:") {
		return ""
	}
	if u := absoluteURL(raw, pageURL); u != "" {
		return u
	}
	if pageURL == nil && !strings.Contains(raw, ":") {
		return raw
	}
	return ""
}

// contentImage returns the first image of the content that is not known to
// be small.
func contentImage(content *html.Node, pageURL *url.URL) string {
	if content == nil {
		return ""
	}
	var found string
	walk(content, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Img && !smallImage(n) {
			found = imageURL(attr(n, "src"), pageURL)
		}
		return found == ""
	})
	return found
}

// smallImage reports an image whose width or height attribute is below
// minLeadImage.
func smallImage(n *html.Node) bool {
	for _, k := range [...]string{"width", "height"} {
		v := strings.TrimSuffix(strings.TrimSpace(attr(n, k)), "px")
		if px, err := strconv.Atoi(v); err == nil && px < minLeadImage {
			return true
		}
	}
	return false
}
