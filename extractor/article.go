package extractor

import (
	"time"

	"golang.org/x/net/html"
)

// Article is the main content of a page and its metadata.
type Article struct {
	// Title is the article's headline, without the site's name.
	Title string
	// Authors lists the article's authors, in page order, without "By".
	Authors []string
	// Published is when the article was first published; zero if unknown.
	// It carries the page's time zone when the page gives one, else UTC; a
	// page that gives only a day gives midnight UTC of that day.
	Published time.Time
	// Modified is when the article was last revised, if the page says so
	// and the revision is later than Published; zero otherwise.
	Modified time.Time
	// SiteName is the publication's name, such as "The Daily Planet".
	SiteName string
	// Language is the page's language as a BCP 47 tag ("en", "pt-BR"): the
	// declared one, else the language of the content's text when pith
	// recognises it (a bare primary subtag such as "de").
	Language string
	// Excerpt is a one- or two-sentence summary: the page's description or
	// the content's first paragraph.
	Excerpt string
	// URL is the page's canonical URL when it declares one, else the URL it was read from.
	URL string
	// CanonicalURL is the canonical URL the page declares (<link
	// rel=canonical>, og:url), absolute; empty when it declares none.
	CanonicalURL string
	// Image is the absolute URL of the article's lead image: the one the page
	// declares for sharing (og:image, twitter:image, JSON-LD image), else the
	// first large image of the content.
	Image string
	// Tags are the article's keywords and topic tags, in page order, without
	// duplicates.
	Tags []string
	// Categories are the sections the article is filed under ("Politics",
	// "World > Americas" gives "World" and "Americas").
	Categories []string
	// License is the licence the page declares for its content: a URL (such
	// as a Creative Commons deed) or, failing that, its name.
	License string
	// Text is the main content as plain text: one block per paragraph, blocks
	// separated by one blank line, list items as "- item".
	Text string
	// Content is the kept subtree, cleaned. It is nil when no content was found.
	Content *html.Node
	// FromFallback reports whether the content came from the second-opinion
	// extractor (go-readability) rather than pith's own scorer.
	FromFallback bool
	// PageType is the kind of page: article, forum, product, collection,
	// listing, documentation or service.
	PageType PageType
	// PageTypeConfidence in [0, 1] says how sure the classification is.
	PageTypeConfidence float64
	// Confidence in [0, 1] predicts how good the extraction is: low values
	// mark pages worth a second look.
	Confidence float64
}
