package main

// usage is printed by "pith help", -h and after a usage error.
const usage = `Usage:
  pith [flags] SOURCE...
  pith [flags] --from-file LIST [SOURCE...]
  pith warc [flags] FILE.warc[.gz]...   pages of WARC archives (see "pith warc -h")
  pith save [flags] -o DIR URL...       save pages as regression tests (see "pith save -h")
  pith check [flags] DIR...             compare saved pages with pith's output (see "pith check -h")
  pith explain [flags] FILE             why each block of a page was kept or dropped
  pith eval [flags] PATH                measure pith against a corpus (see "pith eval -h")
  pith help                             print this help

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
  --unordered       print each result as soon as it is ready instead of in
                    input order (see Output)
  --url URL         the page's address, for file and standard-input sources:
                    resolves relative links and fills the url field
  --timeout D       time limit per file, or per attempt at a URL once its
                    host's turn has come, such as 10s or 2m (default 30s;
                    0 means none)
  --comments        keep reader comments below the article, and a product
                    page's customer reviews
  --no-fallback     never use the go-readability second opinion
  --favor WHAT      precision (leave out doubtful blocks) or recall (keep
                    them); balanced by default
  --captions        keep image captions and photo credits
  --no-tables       leave tables out
  --no-links        write links as their text in markdown and html
  --front-matter    with --format markdown, put a YAML block of the
                    metadata above the text
  -q, --quiet       no progress bar and no summary on standard error
  --version         print pith's version and exit

Fetching (http and https sources):
  --per-host N      at most N requests to one host at a time (default 4)
  --delay D         at least D between the starts of two requests to one
                    host (default 0)
  --retries N       retry connection resets, stalls, 408, 429 and 5xx
                    answers N times, with growing waits (default 2); a
                    Retry-After of up to 30s is honoured
  --respect-robots  obey robots.txt (and its Crawl-delay); a disallowed URL
                    fails with "disallowed by robots.txt"
  --user-agent UA   the User-Agent header (default: pith's, with a link to
                    its README); robots.txt groups match its first word
  Bodies are limited to 32 MiB after decompression; non-HTML answers (PDF,
  images, ...) fail without being downloaded.

Output (standard output):
  text      the article as plain text, followed by a newline
  markdown  the article as Markdown
  html      the article as clean HTML
  json      one JSON object per line and per source, with the fields
            source, url, title, authors (an array), published (RFC 3339 or
            null), site_name, language, excerpt, text, ms (time spent on the
            source, in milliseconds), fallback (whether the go-readability
            second opinion supplied the content), error (null, or the
            message), page_type (article, forum, product, collection,
            listing, documentation or service), page_type_confidence and
            confidence (the predicted quality of the extraction, 0 to 1),
            modified, canonical_url, image, tags, categories and license;
            a failed source still gets its line
  With more than one source, each text, markdown or html document is
  preceded by a line "==> SOURCE <==" and documents are separated by a blank
  line; a failed source prints nothing there.
  Results come in the order the sources were given: each is printed as soon
  as it and those before it are done, and work runs at most 4 sources per
  job ahead of the printing. With --unordered, each is printed as soon as it
  is done, so one slow source holds nothing back; the source field tells
  which is which.

Diagnostics go to standard error as "pith: SOURCE: message". With more than
one source, a progress bar (when standard error is a terminal) and a summary
line at the end tell how many sources were done, how many failed and why,
and the rate in pages per second. Ctrl-C stops cleanly: work in progress is
cancelled and what was printed stays whole (complete JSON lines).
Exit status: 0 if every source succeeded, 1 if any failed or the run was
interrupted (the others are still printed), 2 on a usage error.
`
