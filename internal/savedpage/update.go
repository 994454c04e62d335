package savedpage

import (
	"os"
	"path/filepath"
)

// Update writes the output r found as the page's new expectation: the text
// to expected.txt and, in meta.json, the fields that changed (for a new
// page, every expected field; the fetch record and the choice of fields to
// check are kept). It does nothing for a page that is the same or failed.
func (r *Result) Update() error {
	if r.Status != Changed && r.Status != New {
		return nil
	}
	if r.Status == New || r.TextChanged {
		if err := writeFile(filepath.Join(r.Dir, ExpectedFile), []byte(expectedText(r.Text))); err != nil {
			return &Error{r.Dir, err}
		}
	}
	if r.Status == New || len(r.Fields) > 0 {
		m := r.UpdatedMeta()
		if err := writeFile(filepath.Join(r.Dir, MetaFile), m.Marshal()); err != nil {
			return &Error{r.Dir, err}
		}
	}
	return nil
}

// UpdatedMeta returns the page's meta.json as Update writes it.
func (r *Result) UpdatedMeta() Meta {
	m := r.Page.Meta
	all := r.Status == New
	set := func(name string) bool {
		if all {
			return true
		}
		for _, f := range r.Fields {
			if f == name {
				return true
			}
		}
		return false
	}
	g := r.Got
	if set("title") {
		m.Title = g.Title
	}
	if set("authors") {
		m.Authors = g.Authors
	}
	if set("published") {
		m.Published = g.Published
	}
	if set("site_name") {
		m.SiteName = g.SiteName
	}
	if set("language") {
		m.Language = g.Language
	}
	if set("excerpt") {
		m.Excerpt = g.Excerpt
	}
	return m
}

// expectedText is expected.txt's content for an extracted text: the text
// and a final newline, as "pith FILE" prints it; empty when there is no
// text.
func expectedText(text string) string {
	if text == "" {
		return ""
	}
	return text + "\n"
}

// writeFile replaces the file at path through a temporary file in the same
// folder, so that an interrupted write leaves the old file whole.
func writeFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
