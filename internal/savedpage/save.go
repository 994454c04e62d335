package savedpage

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/seed-d9e9b10c/pith/extractor"
)

// Fetched is a page as downloaded, to be saved with Create.
type Fetched struct {
	// Meta holds the fetch record: URL, FinalURL, Fetched, ContentType and
	// Status. Its expected fields are ignored.
	Meta Meta
	// Body is the response body as received.
	Body []byte
}

// Create writes a saved page into the folder dir: f's body as source.html,
// a's text as expected.txt and meta.json with f's fetch record and every
// expected field from a. An existing page folder is an error wrapping
// fs.ErrExist unless force is set, in which case its files are replaced
// (and a stale source.html.gz removed). Errors are *Error.
func Create(dir string, f Fetched, a *extractor.Article, force bool) error {
	if !force {
		if _, err := os.Stat(dir); err == nil {
			return &Error{dir, fs.ErrExist}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &Error{dir, err}
	}
	m := Expectations(a)
	m.URL, m.FinalURL, m.Fetched = f.Meta.URL, f.Meta.FinalURL, f.Meta.Fetched
	m.ContentType, m.Status = f.Meta.ContentType, f.Meta.Status
	if m.FinalURL == m.URL {
		m.FinalURL = ""
	}
	files := []struct {
		name string
		data []byte
	}{
		{SourceFile, f.Body},
		{MetaFile, m.Marshal()},
		{ExpectedFile, []byte(expectedText(a.Text))}, // last: it makes the folder a checked page
	}
	for _, file := range files {
		if err := writeFile(filepath.Join(dir, file.name), file.data); err != nil {
			return &Error{dir, err}
		}
	}
	if err := os.Remove(filepath.Join(dir, SourceGzFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return &Error{dir, err}
	}
	return nil
}

// maxNameLen bounds the length of a folder name made by Name.
const maxNameLen = 80

// Name makes a folder name from a page's URL: the host without "www.", then
// the path and query, lower-cased, with every run of characters other than
// ASCII letters, digits and dots turned into one "-", and a final ".html",
// ".htm" or ".php" dropped ("page" if nothing is left). "https://www.example.com/news/2024/story.html"
// gives "example.com-news-2024-story". Long names are cut.
func Name(rawURL string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", err
	}
	if u.Host == "" {
		return "", fmt.Errorf("%q has no host", rawURL)
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	p := strings.ToLower(u.Path)
	for _, ext := range []string{".html", ".htm", ".php"} {
		p = strings.TrimSuffix(p, ext)
	}
	if u.RawQuery != "" {
		p += "-" + strings.ToLower(u.RawQuery)
	}
	var b strings.Builder
	dash := false
	for _, r := range host + "-" + p {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' && !dash {
			b.WriteRune(r)
			dash = false
		} else if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	name := strings.Trim(b.String(), "-.")
	if len(name) > maxNameLen {
		name = strings.TrimRight(name[:maxNameLen], "-.")
	}
	if name == "" {
		name = "page" // a host in another script, and no path
	}
	return name, nil
}
