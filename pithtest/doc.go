// Package pithtest guards saved pages in a Go test: it runs pith on every
// page saved below a folder and fails when the output no longer matches
// what the page expects.
//
// A saved page is a folder with source.html (the page as fetched),
// expected.txt (the text pith should extract) and an optional meta.json
// (the fetch record and the expected metadata), the format "pith save"
// writes and "pith check" reads; pith's README describes it. In a test of
// your own package:
//
//	func TestSavedPages(t *testing.T) {
//		pithtest.Run(t, "testdata/pages")
//	}
//
// Run starts one parallel subtest per page, named after the page's folder,
// and reports a changed page with a unified diff of its text and of the
// metadata fields that changed. After a change you have reviewed, accept
// the new output with the -update flag, for every page or for some:
//
//	go test -run 'TestSavedPages/news' -update
//
// The flag is the test binary's -update flag, which this package defines
// unless a package initialised before it already has (pithtest then reads
// that one). A test package that imports pithtest therefore does not define
// -update itself; for golden files of its own it reads the same flag with
// flag.Lookup("update"), or passes [Options.Update].
//
// Pages are extracted with pith's default options unless [RunOptions] says
// otherwise; the expectations must have been written with the same options
// ("pith save --comments" and RunOptions with IncludeComments, say).
package pithtest
