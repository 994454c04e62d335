package extractor

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"runtime/debug"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// Extract reads an HTML page from r and returns its main content and
// metadata. When the page has no main content, Extract returns ErrNoContent
// together with the article's metadata (Text empty, Content nil). pageURL,
// if not nil, is where the page came from: it resolves relative links and
// is the fallback for Article.URL.
//
// Extract reads at most Options.MaxBytes, decodes the page's charset,
// parses it and runs the pipeline of FromDocument. It is safe for
// concurrent use.
func Extract(r io.Reader, pageURL *url.URL, opts Options) (*Article, error) {
	return ExtractContext(context.Background(), r, pageURL, opts)
}

// ExtractContext is Extract under a context: when ctx ends, the extraction
// stops at its next stage and returns ctx's error, wrapped.
func ExtractContext(ctx context.Context, r io.Reader, pageURL *url.URL, opts Options) (*Article, error) {
	data, err := readLimited(r, opts.maxBytes())
	if err != nil {
		return nil, err
	}
	return extractData(ctx, data, pageURL, opts)
}

// ExtractBytes is ExtractContext on a page the caller already holds in
// memory, as a crawler does after fetching it: pith reads data in place,
// without the copy reading from an io.Reader makes, and never modifies it.
// A page longer than Options.MaxBytes is ErrTooLarge.
func ExtractBytes(ctx context.Context, data []byte, pageURL *url.URL, opts Options) (*Article, error) {
	if limit := opts.maxBytes(); int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return extractData(ctx, data, pageURL, opts)
}

// parsePage turns a page's raw bytes into a tree: binary data is
// ErrNotHTML; the charset is decoded (see decode). It returns the decoded
// bytes too, for a second parse.
func parsePage(raw []byte, contentType string) (doc *html.Node, data []byte, err error) {
	if sniffNotHTML(raw) {
		return nil, nil, ErrNotHTML
	}
	data = decode(raw, contentType)
	doc, err = parseHTML(data)
	if err != nil {
		return nil, nil, err
	}
	return doc, data, nil
}

// extractData is the pipeline from the page's raw bytes.
func extractData(ctx context.Context, data []byte, pageURL *url.URL, opts Options) (*Article, error) {
	doc, data, err := parsePage(data, opts.ContentType)
	if err != nil {
		return nil, err
	}
	reparse := func() *html.Node {
		d, _ := parseHTML(data)
		return d
	}
	return run(ctx, doc, reparse, pageURL, opts)
}

// FromDocument extracts the main content of a page the caller has already
// parsed. doc is not modified: pith works on a copy. It is safe for
// concurrent use, also on the same doc.
func FromDocument(doc *html.Node, pageURL *url.URL, opts Options) (*Article, error) {
	return FromDocumentContext(context.Background(), doc, pageURL, opts)
}

// FromDocumentContext is FromDocument under a context, as ExtractContext.
func FromDocumentContext(ctx context.Context, doc *html.Node, pageURL *url.URL, opts Options) (*Article, error) {
	if doc == nil {
		return nil, ErrNotHTML
	}
	return run(ctx, cloneTree(doc), func() *html.Node { return cloneTree(doc) }, pageURL, opts)
}

// run is the pipeline. Each stage is one method in its own file; they pass
// one document value along. fresh returns an untouched copy of the page for
// the second opinion.
func run(ctx context.Context, root *html.Node, fresh func() *html.Node, pageURL *url.URL, opts Options) (*Article, error) {
	return runTraced(ctx, root, fresh, pageURL, opts, nil)
}

// runTraced is run, recording its decisions in tr when tr is not nil. It
// checks ctx before the stages that cost the most.
func runTraced(ctx context.Context, root *html.Node, fresh func() *html.Node, pageURL *url.URL, opts Options, tr *trace) (a *Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, &InternalError{Value: r, Stack: debug.Stack()}
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("pith: %w", err)
	}
	d := newDocument(root, pageURL, opts)
	d.ctx, d.trace = ctx, tr
	if err := d.selectOwn(); err != nil {
		return nil, err
	}
	d.secondOpinion(fresh) // fallback.go: go-readability where we are weak
	d.finish()             // sanitize.go: safe attributes, absolute URLs
	a = d.article()        // render.go, metadata.go
	if a.Text == "" {
		a.Content = nil
		return a, ErrNoContent
	}
	return a, nil
}

// selectOwn runs pith's own stages, up to the pruned content; it fails only
// when d's context ends.
func (d *document) selectOwn() error {
	d.meta = readMetadataWith(d.root, d.classifyAttr) // metadata.go: head, JSON-LD, bylines
	d.meta.now = d.opts.now()
	d.title = d.meta.title(d.meta.siteName())
	d.readFeatures()                  // classify.go: structured data, prices, code, URL
	expandNoscript(d.root, d.edits)   // noscript.go: crawler markup of script-rendered pages
	resolveStreaming(d.root, d.edits) // streaming.go: late chunks into their places
	d.stripJunk()                     // clean.go: scripts, forms, hidden elements
	d.measure(d.body)                 // measure.go: text statistics per element
	d.removeBoilerplate()             // clean.go: elements marked as page chrome
	d.remeasure(d.body)               //
	d.classifyPage()                  // classify.go: article, forum, product, ...
	if err := d.ctx.Err(); err != nil {
		return fmt.Errorf("pith: %w", err)
	}
	d.score()             // score.go: paragraphs score their containers
	d.selectContent()     // select.go: best container and its siblings
	d.prune(pruneArticle) // prune.go: chrome left inside the content
	return nil
}

// document is the page as it moves through the pipeline.
type document struct {
	ctx     context.Context
	root    *html.Node
	body    *html.Node
	pageURL *url.URL
	opts    Options

	meta  *pageMeta
	title string

	elements    int      // elements left after stripJunk
	depth       int      // the deepest element's depth, as last measured
	edits       *treeLog // the tree's moves until the second opinion
	info        map[*html.Node]*nodeInfo
	dirty       map[*html.Node]bool          // elements to count again (remeasure)
	attrSignals map[string]heuristics.Signal // ClassifyAttr by class or id value
	phrases     map[string]phraseVerdict     // phraseVerdict by block text
	textBuf     []byte                       // where blockPhrase builds a text
	slab        []nodeInfo
	candidates  []*html.Node
	removed     []*html.Node // boilerplate removed before scoring
	forms       []*html.Node // forms with fields to fill in
	firstH1     *html.Node   // the page's first <h1>, if any

	topNode *html.Node // best-scoring container
	content *html.Node // selected and pruned content
	bylines []string   // byline blocks removed from the content

	keepComments  bool // comments are content: asked for, or a discussion page
	itemList      bool // the content is a list of like items, pruned as a listing
	sharedSidebar bool // sidebar-marked elements are the content's building blocks (sharedMarks)
	sharedHeader  bool // header-marked elements are the content's building blocks
	fallback      bool // content came from the second opinion

	trace        *trace        // why things were dropped, for Explain; nil otherwise
	features     *pageFeatures // what the page-type classifier weighs
	pageType     PageType      // what kind of page this is
	pageTypeConf float64       // how sure the classifier is
	pageProse    int           // the page's prose after boilerplate removal
}

func newDocument(root *html.Node, pageURL *url.URL, opts Options) *document {
	d := &document{root: root, pageURL: pageURL, opts: opts, edits: &treeLog{}}
	d.body = findElement(root, atom.Body)
	if d.body == nil {
		d.body = root
	}
	return d
}

// article assembles the result.
func (d *document) article() *Article {
	a := &Article{
		Content:            d.content,
		FromFallback:       d.fallback,
		PageType:           d.pageType,
		PageTypeConfidence: d.pageTypeConf,
		Confidence:         d.confidence(),
	}
	d.meta.fillArticle(a, d.pageURL, d.bylines)
	a.Text = renderText(d.content)
	if a.Excerpt == "" {
		a.Excerpt = excerptOf(a.Text)
	}
	return a
}

// cloneTree deep-copies a node tree.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	if len(n.Attr) > 0 {
		c.Attr = append([]html.Attribute(nil), n.Attr...)
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(cloneTree(ch))
	}
	return c
}
