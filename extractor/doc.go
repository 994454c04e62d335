// Package extractor finds the main content of a web page, the article
// without menus, ads, share bars, related-story rails and other page
// chrome, and reads the page's metadata: title, authors, publication date,
// site name, language and excerpt.
//
// [Extract] reads a page from an io.Reader, decodes it to UTF-8 and parses
// it; [FromDocument] takes a page the caller has parsed already and works on
// a copy of it. Both return an [*Article]: its metadata fields, its Text in
// pith's text format, its Content as a cleaned HTML subtree, and the methods
// [Article.HTML] (clean, safe HTML) and [Article.Markdown].
//
// # Pipeline
//
// Extraction is a fixed sequence of stages, one per file, that pass one
// document value along; the function run in extract.go lists them in order:
//
//  1. Decoding (decode.go, parse.go, Extract only): a byte-order mark, then
//     the charset of [Options.ContentType], then a <meta charset> or
//     http-equiv declaration, then detection; invalid bytes become U+FFFD.
//  2. Metadata (metadata.go, jsonld.go, dates.go): the head, JSON-LD,
//     microdata and byline markup are read before anything is removed.
//  3. Clean (streaming.go, clean.go): chunks that a streaming renderer sent
//     out of order are moved into their places; then scripts, styles,
//     templates, form controls, comments and elements hidden by attribute,
//     inline style or aria-hidden go.
//  4. Measure (measure.go): text length, link density, commas and
//     paragraph counts for every element.
//  5. Boilerplate removal (clean.go, signals.go): elements whose class, id,
//     role, aria-label or data-* tokens mark them as page chrome (share,
//     audio player, ad, related, newsletter, comments, breadcrumb, cookie
//     consent, ...) go, unless they hold most of the page's prose. The token
//     and phrase tables live in package heuristics.
//  6. Scoring (score.go): every text block scores by length, punctuation
//     and link density, and passes its score up to its containers.
//  7. Selection (select.go): the best-scoring container, grown over
//     ancestors that add prose, together with the siblings that continue it.
//  8. Prune (prune.go): what remains of the chrome inside the selection
//     goes: ad labels, inline promos, captions and credits, widgets,
//     "More to Read" rails, short chrome phrases; bylines and datelines go
//     to the metadata.
//  9. Second opinion (fallback.go): when pith's own content is short,
//     go-readability is consulted and its answer, pruned the same way, is
//     taken if it is clearly longer (Article.FromFallback reports it).
//     [Options.NoFallback] turns this off.
//  10. Finish and render (sanitize.go, render.go, markdown.go): only safe
//     attributes and absolute http(s) URLs are kept, and the content is
//     rendered as text.
//
// # Options
//
// The zero value of [Options] is the sensible default: pages up to
// [DefaultMaxBytes], at most [DefaultMaxElements] elements scored, reader
// comments dropped, the second opinion on. Set ContentType when the page
// came with a Content-Type header.
//
// # Concurrency
//
// Extract and FromDocument keep no state between calls and are safe for
// concurrent use, FromDocument also on one shared document, which it never
// modifies.
//
// # Errors
//
// Errors can be told apart with errors.Is: [ErrNotHTML] for input that is
// not an HTML document, [ErrTooLarge] for input past Options.MaxBytes,
// [ErrNoContent] for a page in which no main content was found.
//
// # Text format
//
// Article.Text holds one block per paragraph, heading, list item, table
// row or preformatted block, with exactly one blank line between blocks.
// List items are written "- item" ("1. item" in ordered lists). Inline
// white space is collapsed to single spaces and no line has leading or
// trailing space, except inside <pre>, which is kept verbatim; a <br> is a
// line break within its block.
package extractor
