// Package savedpage reads, checks, updates and writes saved pages: pith's
// folder format for regression tests, shared by "pith save", "pith check",
// "pith eval" and the pithtest package.
//
// A saved page is a folder holding:
//
//   - source.html: the page's bytes as fetched, charset undecoded (or
//     source.html.gz, the same gzip-compressed);
//   - expected.txt: the text pith should extract, in Article.Text's format,
//     which is also what "pith FILE" prints: one final newline and CRLF line
//     ends are ignored, and an empty file expects no main content
//     (extractor.ErrNoContent);
//   - meta.json (optional): one JSON object, every member optional. The
//     fetch record, written by "pith save" and used to extract the page as
//     it was fetched: "url" (the address asked for), "final_url" (after
//     redirects; the page's address when present, else "url", to resolve
//     links), "fetched" (RFC 3339), "content_type" (the Content-Type header,
//     whose charset decodes the page) and "status". Then the expected
//     metadata, each checked only when present: "title", "authors" (an
//     array; [] expects none), "published" (RFC 3339 for the same instant,
//     YYYY-MM-DD for the same day in the page's own zone, "" for no date),
//     "site_name", "language" (compared ignoring case) and "excerpt".
//     Unknown members are an error, so that a typo does not silently
//     disable a check.
//
// A folder with source.html but no expected.txt is a new page: it has no
// expectation yet. [Find] lists the page folders at or below a folder,
// [Check] extracts one page and compares the output with its expectation,
// [Update] writes the output as the new expectation and [Create] writes a
// freshly fetched page. The extraction options are not stored in the
// folder: a page's expectation is what pith gives under the options it is
// checked with.
package savedpage
