// Command pith prints the main content of web pages: the article, without
// menus, ads and other boilerplate.
//
// Usage:
//
//	pith [flags] SOURCE...
//	pith [flags] --from-file LIST [SOURCE...]
//	pith eval [flags] ...
//	pith help
//
// A SOURCE is an http or https URL, a file path, or - for standard input.
// Results go to standard output in input order, even when sources are
// processed in parallel; diagnostics go to standard error as
// "pith: SOURCE: message". The exit status is 0 when every source succeeded,
// 1 when any failed (the others are still printed) and 2 on usage errors.
//
// Run "pith help" for the flags and output formats. The command only parses
// flags, wires the fetch and extractor packages together and writes their
// results; all extraction logic lives in those packages.
package main
