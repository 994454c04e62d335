package savedpage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"time"
)

// Meta is a saved page's meta.json. The fetch record's zero values mean
// "not recorded"; the expected fields are pointers so that an absent field
// (nil, not checked) differs from an empty one (checked to be empty).
type Meta struct {
	// URL is the address the page was fetched from.
	URL string `json:"url,omitempty"`
	// FinalURL is the address after redirects, when it differs from URL.
	FinalURL string `json:"final_url,omitempty"`
	// Fetched is when the page was fetched.
	Fetched time.Time `json:"fetched,omitzero"`
	// ContentType is the response's Content-Type header, charset included.
	ContentType string `json:"content_type,omitempty"`
	// Status is the response's HTTP status code.
	Status int `json:"status,omitempty"`

	Title     *string   `json:"title,omitempty"`
	Authors   *[]string `json:"authors,omitempty"`
	Published *string   `json:"published,omitempty"` // RFC 3339, YYYY-MM-DD, or "" for none
	SiteName  *string   `json:"site_name,omitempty"`
	Language  *string   `json:"language,omitempty"`
	Excerpt   *string   `json:"excerpt,omitempty"`
}

// PageURL returns the page's address, FinalURL or else URL; nil when
// neither is set. Load has checked that both parse.
func (m *Meta) PageURL() *url.URL {
	s := m.FinalURL
	if s == "" {
		s = m.URL
	}
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil
	}
	return u
}

// parseMeta decodes meta.json, rejecting unknown members and bad URLs.
func parseMeta(data []byte) (Meta, error) {
	var m Meta
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields() // catch typos such as "site-name"
	if err := dec.Decode(&m); err != nil {
		return Meta{}, err
	}
	if dec.More() {
		return Meta{}, fmt.Errorf("more than one JSON value")
	}
	for name, s := range map[string]string{"url": m.URL, "final_url": m.FinalURL} {
		if s == "" {
			continue
		}
		if _, err := url.Parse(s); err != nil {
			return Meta{}, fmt.Errorf("%s: %w", name, err)
		}
	}
	return m, nil
}

// field is one member of meta.json in the order files are written.
type field struct {
	name  string
	value any // nil when absent
}

// fields lists m's members in file order, absent ones with a nil value.
func (m *Meta) fields() []field {
	var fetched any
	if !m.Fetched.IsZero() {
		fetched = m.Fetched.Format(time.RFC3339)
	}
	return []field{
		{"url", nonEmpty(m.URL)},
		{"final_url", nonEmpty(m.FinalURL)},
		{"fetched", fetched},
		{"content_type", nonEmpty(m.ContentType)},
		{"status", nonZero(m.Status)},
		{"title", deref(m.Title)},
		{"authors", deref(m.Authors)},
		{"published", deref(m.Published)},
		{"site_name", deref(m.SiteName)},
		{"language", deref(m.Language)},
		{"excerpt", deref(m.Excerpt)},
	}
}

func nonEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nonZero(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// Marshal encodes m as meta.json is written: one member per line, in a
// fixed order, arrays on one line, HTML characters and non-ASCII letters
// kept as they are.
func (m *Meta) Marshal() []byte {
	var b bytes.Buffer
	b.WriteString("{\n")
	first := true
	for _, f := range m.fields() {
		if f.value == nil {
			continue
		}
		if !first {
			b.WriteString(",\n")
		}
		first = false
		b.WriteString("  ")
		b.Write(encodeValue(f.name))
		b.WriteString(": ")
		b.Write(encodeValue(f.value))
	}
	if !first {
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// encodeValue is compact JSON without HTML escaping, with ", " between
// array elements as hand-written files have it.
func encodeValue(v any) []byte {
	if list, ok := v.([]string); ok {
		var b bytes.Buffer
		b.WriteByte('[')
		for i, s := range list {
			if i > 0 {
				b.WriteString(", ")
			}
			b.Write(encodeValue(s))
		}
		b.WriteByte(']')
		return b.Bytes()
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	// Strings, string slices and ints always encode; invalid UTF-8 is
	// replaced, not rejected.
	_ = enc.Encode(v)
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
