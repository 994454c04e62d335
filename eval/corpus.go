package eval

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/seed-d9e9b10c/pith/internal/savedpage"
)

// Format names a corpus layout.
type Format string

// The corpus layouts Open recognises.
const (
	// ScrapingHub is the article-extraction benchmark: html/<id>.html.gz and
	// ground-truth.json. Scored with 4-token shingles.
	ScrapingHub Format = "scrapinghub"
	// WCXB is the Web Content eXtraction Benchmark: html/NNNN.html.gz and
	// ground-truth/NNNN.json. Scored with bags of words, per page type.
	WCXB Format = "wcxb"
	// Readability is Mozilla Readability's test pages:
	// pages/<name>/{source.html,expected.html,expected-metadata.json}.
	Readability Format = "readability"
	// Saved is pith's own format for saved pages: <name>/source.html,
	// <name>/expected.txt and an optional <name>/meta.json.
	Saved Format = "saved"
)

// ErrUnknownCorpus reports a path in none of the corpus layouts.
var ErrUnknownCorpus = errors.New("not a corpus")

// Corpus is a set of pages with known answers.
type Corpus struct {
	// Path is the corpus's folder (or, for a single saved page, the page's).
	Path string
	// Format is the layout the corpus was read from.
	Format Format
	// Pages are the corpus's pages, sorted by ID.
	Pages []Page
}

// Page is one page of a corpus and its known answer.
type Page struct {
	// ID names the page within its corpus.
	ID string
	// Type is the page's type ("article", "forum", …) where the corpus
	// gives one, else "".
	Type string
	// URL is the address the page was fetched from; nil when unknown.
	URL *url.URL
	// Source is the path of the page's HTML; gzip-compressed if it ends in ".gz".
	Source string
	// Truth is what a correct extraction gives.
	Truth Truth
	// Fetch is how a saved page was fetched; zero for benchmark pages.
	Fetch Fetch
}

// Fetch is what a saved page's record says of its download: extractors
// that implement FetchAware read the page as it was then.
type Fetch struct {
	// ContentType is the response's Content-Type header, charset
	// included.
	ContentType string
	// Fetched is when the page was downloaded: the reference time of
	// relative dates ("2 hours ago").
	Fetched time.Time
}

// FetchAware is an Extractor that reads a page with its fetch record.
type FetchAware interface {
	Extractor
	// ExtractFetched is Extract for a page fetched as f says.
	ExtractFetched(page []byte, pageURL *url.URL, f Fetch) (Result, error)
}

// Truth is the known answer for a page.
type Truth struct {
	// Text is the main content as plain text.
	Text string
	// With and Without are snippets a correct extraction contains and must
	// not contain (WCXB only).
	With, Without []string
	// Meta is the expected metadata; empty fields are not checked.
	Meta Meta
}

// Meta is a page's expected metadata. Empty fields are not scored.
type Meta struct {
	Title string
	// Authors is the byline: author names joined by ", ".
	Authors   string
	Published Date
	SiteName  string
	Language  string
	Excerpt   string
}

// get returns the expected value of a text field by name.
func (m Meta) get(field string) string {
	switch field {
	case FieldTitle:
		return m.Title
	case FieldAuthors:
		return m.Authors
	case FieldSiteName:
		return m.SiteName
	case FieldLanguage:
		return m.Language
	case FieldExcerpt:
		return m.Excerpt
	}
	return ""
}

// Load returns the page's HTML bytes, gunzipped if Source ends in ".gz".
// The bytes are as stored: charset decoding is the extractor's job.
func (p Page) Load() ([]byte, error) { return savedpage.ReadHTMLFile(p.Source) }

// Open reads the corpus at path, recognising its layout from the files it
// holds (see Format). A path in none of the layouts gives an error wrapping
// ErrUnknownCorpus that lists the layouts looked for.
func Open(path string) (*Corpus, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("open corpus %s: %w: not a folder", path, ErrUnknownCorpus)
	}
	var pages []Page
	format := detect(path)
	switch format {
	case ScrapingHub:
		pages, err = loadScrapingHub(path)
	case WCXB:
		pages, err = loadWCXB(path)
	case Readability:
		pages, err = loadReadability(path)
	case Saved:
		pages, err = loadSaved(path)
	default:
		return nil, fmt.Errorf("open corpus %s: %w: looked for ScrapingHub (html/ and ground-truth.json), "+
			"WCXB (html/ and ground-truth/), Readability test pages (pages/<name>/source.html and expected.html) "+
			"and saved pages (<name>/source.html and expected.txt)", path, ErrUnknownCorpus)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s corpus %s: %w", format, path, err)
	}
	slices.SortFunc(pages, func(a, b Page) int { return strings.Compare(a.ID, b.ID) })
	return &Corpus{Path: path, Format: format, Pages: pages}, nil
}

// detect names the layout of the folder at path, or "" if none fits.
func detect(path string) Format {
	switch {
	case isDir(path, "html") && isFile(path, "ground-truth.json"):
		return ScrapingHub
	case isDir(path, "html") && isDir(path, "ground-truth"):
		return WCXB
	case isReadabilityRoot(path):
		return Readability
	case hasSavedPage(path):
		return Saved
	}
	return ""
}

func isDir(elem ...string) bool {
	info, err := os.Stat(filepath.Join(elem...))
	return err == nil && info.IsDir()
}

func isFile(elem ...string) bool {
	info, err := os.Stat(filepath.Join(elem...))
	return err == nil && info.Mode().IsRegular()
}

// sourceFile returns the path of dir's source.html (or source.html.gz), or "".
func sourceFile(dir string) string {
	for _, name := range []string{"source.html", "source.html.gz"} {
		if isFile(dir, name) {
			return filepath.Join(dir, name)
		}
	}
	return ""
}

// pageURL parses a page address, returning nil for an empty or invalid one.
func pageURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

// Types returns the page types present in the corpus, sorted; nil when the
// corpus has none.
func (c *Corpus) Types() []string {
	var types []string
	for _, p := range c.Pages {
		if p.Type != "" && !slices.Contains(types, p.Type) {
			types = append(types, p.Type)
		}
	}
	slices.Sort(types)
	return types
}

// Select returns a corpus holding the pages of type pageType (all pages when
// pageType is ""; "category" means "collection"), of which only the first
// limit (all when limit <= 0). Unknown types are an error listing the
// corpus's types.
func (c *Corpus) Select(pageType string, limit int) (*Corpus, error) {
	pages := c.Pages
	if pageType = canonicalType(pageType); pageType != "" {
		types := c.Types()
		if len(types) == 0 {
			return nil, fmt.Errorf("select type %q: %s corpus %s has no page types", pageType, c.Format, c.Path)
		}
		if !slices.Contains(types, pageType) {
			return nil, fmt.Errorf("select type %q: corpus %s has types %s", pageType, c.Path, strings.Join(types, ", "))
		}
		pages = nil
		for _, p := range c.Pages {
			if p.Type == pageType {
				pages = append(pages, p)
			}
		}
	}
	if limit > 0 && limit < len(pages) {
		pages = pages[:limit]
	}
	return &Corpus{Path: c.Path, Format: c.Format, Pages: slices.Clip(pages)}, nil
}
