// Package eval scores content extractors — pith and baselines such as
// readeck/go-readability — on corpora of pages with known answers.
//
// Open reads a corpus and recognises its layout (Format):
//
//   - ScrapingHub's article-extraction benchmark (html/<id>.html.gz and
//     ground-truth.json), scored with the benchmark's own metric: 4-token
//     shingle precision, recall and F1 (ShingleMatch, ShingleSummary) and
//     accuracy, the share of pages whose tokens equal the truth's;
//   - WCXB, the Web Content eXtraction Benchmark (html/NNNN.html.gz and
//     ground-truth/NNNN.json), scored with its bag-of-words metric
//     (WordScore) averaged over pages, overall and per page type, plus the
//     share of must-have and must-not-have snippets found (SnippetShare) and
//     title, author and date match rates (SameTitle: equal after case and
//     white-space folding; SameAuthors: one contains the other;
//     SamePublished: the same calendar day);
//   - Mozilla Readability's test pages (pages/<name>/source.html,
//     expected.html, expected-metadata.json): bag-of-words against the text
//     of expected.html (HTMLText) and metadata match rates (SameTitle,
//     SameAuthors and SamePublished as on WCXB; SameMeta for site name,
//     language and excerpt);
//   - saved pages, pith's format for regression sets: any folder holding
//     source.html (or source.html.gz), expected.txt and optionally meta.json
//     ({"url", "title", "authors": [...], "published", "site_name",
//     "language", "excerpt"}, all optional), found at or below the given
//     path: bag-of-words, exact-text matches (SameText) and metadata rates.
//
// Run extracts every page with each Extractor (Pith, or a Baseline), on
// several goroutines, timing only the extraction calls and recovering
// panics, and returns a Report with one Row per extractor, optionally with
// the pages on which the first extractor did worst and their longest missed
// and extra passages (LongestUnmatched). Report.WriteText prints compact
// tables, Report.WriteJSON one JSON object, and Floors.Check compares a row
// with the minimum figures kept in a floors file for CI.
//
// Tokens are the `\w+` runs of a text as Python's re module defines `\w`
// (letters, numbers of any script, '_'), so that figures match the
// benchmarks' own scripts.
package eval
