package savedpage

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The files of a saved-page folder.
const (
	SourceFile   = "source.html"
	SourceGzFile = "source.html.gz"
	ExpectedFile = "expected.txt"
	MetaFile     = "meta.json"
)

// Page is a saved page as read from its folder.
type Page struct {
	// Dir is the page's folder.
	Dir string
	// ID names the page: its folder's path relative to the folder searched,
	// with slashes (the folder's own name when that is the page).
	ID string
	// Source is the path of source.html or source.html.gz.
	Source string
	// Meta is meta.json's content; HasMeta reports whether the file exists.
	Meta    Meta
	HasMeta bool
	// Expected is expected.txt's text with CRLF read as LF and one final
	// newline dropped; HasExpected is false for a new page.
	Expected    string
	HasExpected bool
}

// Error reports a problem with a saved page, naming its folder.
type Error struct {
	Dir string
	Err error
}

func (e *Error) Error() string { return "saved page " + e.Dir + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Ref locates a page folder found by Find.
type Ref struct {
	Dir string // the folder's path: the root joined with ID
	ID  string // the path relative to the root, with slashes
}

// IsPage reports whether dir holds a page's source.
func IsPage(dir string) bool { return sourcePath(dir) != "" }

// Find lists the page folders at or below root, sorted by ID. It does not
// descend into folders whose names start with "." (such as .git).
func Find(root string) ([]Ref, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s: not a folder", root)
	}
	var refs []Ref
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !IsPage(p) {
			return nil
		}
		id, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		if id == "." {
			id = filepath.Base(filepath.Clean(root))
		}
		refs = append(refs, Ref{Dir: p, ID: filepath.ToSlash(id)})
		return nil
	})
	slices.SortFunc(refs, func(a, b Ref) int { return strings.Compare(a.ID, b.ID) })
	return refs, err
}

// Load reads the page folder dir, giving it the ID id. Errors are *Error.
func Load(dir, id string) (*Page, error) {
	p := &Page{Dir: dir, ID: id, Source: sourcePath(dir)}
	if p.Source == "" {
		return nil, &Error{dir, fmt.Errorf("no %s or %s", SourceFile, SourceGzFile)}
	}
	data, err := os.ReadFile(filepath.Join(dir, ExpectedFile))
	switch {
	case err == nil:
		p.Expected, p.HasExpected = normalizeExpected(string(data)), true
	case !errors.Is(err, fs.ErrNotExist):
		return nil, &Error{dir, err}
	}
	data, err = os.ReadFile(filepath.Join(dir, MetaFile))
	switch {
	case err == nil:
		if p.Meta, err = parseMeta(data); err != nil {
			return nil, &Error{dir, fmt.Errorf("%s: %w", MetaFile, err)}
		}
		p.HasMeta = true
	case !errors.Is(err, fs.ErrNotExist):
		return nil, &Error{dir, err}
	}
	return p, nil
}

// normalizeExpected reads CRLF line ends as LF (Article.Text never has a
// CR: the HTML parser normalises line ends) and drops the final newline
// text files end with.
func normalizeExpected(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.TrimSuffix(s, "\n")
}

// ReadSource returns the page's HTML as stored, gunzipped if need be.
func (p *Page) ReadSource() ([]byte, error) { return ReadHTMLFile(p.Source) }

// ReadHTMLFile returns a stored page's bytes, gunzipped when its name ends
// in ".gz", as saved pages and benchmark corpora keep them.
func ReadHTMLFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return data, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	return out, nil
}

// sourcePath returns the path of dir's source.html or source.html.gz, or ""
// if it has neither.
func sourcePath(dir string) string {
	for _, name := range []string{SourceFile, SourceGzFile} {
		p := filepath.Join(dir, name)
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			return p
		}
	}
	return ""
}
