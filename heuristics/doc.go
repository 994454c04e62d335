// Package heuristics holds the data pith's extractor decides with: the
// class/id token families that mark boilerplate or content, the short-block
// phrase lists (in several languages) that mark page chrome, and the weights
// the block scorer uses.
//
// Every table is a named variable with a comment saying what it catches; the
// tables are compiled once, at package initialisation, into the lookup
// structures the exported functions use. The functions are pure and safe for
// concurrent use. Adding a pattern or a language is a one-line change to a
// table plus a test case in the matching _test.go file.
package heuristics
