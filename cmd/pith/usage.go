package main

// usage is printed by "pith help", -h and after a usage error.
const usage = `Usage:
  pith [flags] SOURCE...
  pith [flags] --from-file LIST [SOURCE...]
  pith eval [flags] ...   measure pith against a corpus (see "pith eval -h")
  pith help               print this help

pith prints the main content of web pages: the article, without menus, ads
and other boilerplate. A SOURCE is an http or https URL, a file path, or -
for standard input. (A file named "eval" or "help" must be written ./eval.)
Flags may come before or after sources; "--" ends the flags.

Flags:
  --format FORMAT   output format: text (default), markdown, html or json
  --from-file LIST  also read sources from the file LIST (- for standard
                    input), one per line, after those on the command line;
                    blank lines and lines starting with # are skipped
  -j N              process N sources in parallel (default: number of CPUs)
  --url URL         the page's address, for file and standard-input sources:
                    resolves relative links and fills the url field
  --timeout D       time limit per source, such as 10s or 2m (default 30s;
                    0 means none)
  --comments        keep reader comments below the article
  --no-fallback     never use the go-readability second opinion
  --version         print pith's version and exit

Output (standard output, in the order the sources were given):
  text      the article as plain text, followed by a newline
  markdown  the article as Markdown
  html      the article as clean HTML
  json      one JSON object per line and per source, with the fields
            source, url, title, authors (an array), published (RFC 3339 or
            null), site_name, language, excerpt, text, ms (time spent on the
            source, in milliseconds), fallback (whether the go-readability
            second opinion supplied the content) and error (null, or the
            message); a failed source still gets its line
  With more than one source, each text, markdown or html document is
  preceded by a line "==> SOURCE <==" and documents are separated by a blank
  line; a failed source prints nothing there.

Diagnostics go to standard error as "pith: SOURCE: message".
Exit status: 0 if every source succeeded, 1 if any failed (the others are
still printed), 2 on a usage error.
`
