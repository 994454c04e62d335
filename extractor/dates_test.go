package extractor

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, or "" for no date
	}{
		{"2026-02-04T15:17:00-08:00", "2026-02-04T15:17:00-08:00"},
		{"2024-06-11 11:06:04+00:00", "2024-06-11T11:06:04Z"},
		{"2025-11-07", "2025-11-07T00:00:00Z"},
		{"Sat, 21 Dec 2024 10:00:00 GMT", "2024-12-21T10:00:00Z"},
		{"December 17, 2025", "2025-12-17T00:00:00Z"},
		{"Published Oct 20, 2025 at 5:00 PM PST", "2025-10-20T00:00:00Z"},
		{"3. März 2026", "2026-03-03T00:00:00Z"},
		{"3 de febrero de 2026", "2026-02-03T00:00:00Z"},
		{"1850-01-01", ""},
		{"", ""},
		{"yesterday", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("parseDate(%q) = %v, want no date", tt.in, got)
			}
			continue
		}
		want, _ := time.Parse(time.RFC3339, tt.want)
		if !ok || !got.Equal(want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, ok, want)
		}
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // YYYY-MM-DD, or ""
	}{
		{"Updated on July 9, 2025", "2025-07-09"},
		{"Last Updated: 2025-02-22", "2025-02-22"},
		{"2022-11-23T08:10+02:00", "2022-11-23"},
		{"by Jane Doe · Dec 20, 2025 at 3:00 am", "2025-12-20"},
		{"Posted on the 15/12/2025 at 19:00", "2025-12-15"},
		{"12.12.2025", "2025-12-12"},
		{"3/4/2025", "2025-03-04"},
		{"Last updated on 17 December 2025", "2025-12-17"},
		{"Tue Aug 27, 2019 1:47 am", "2019-08-27"},
		{"Sept. 3rd 2024", "2024-09-03"},
		{"Aktualisiert am 3. März 2026", "2026-03-03"},
		{"publié le 12 janvier 2026", "2026-01-12"},
		{"31 February 2025", ""},
		{"Chapter 12 2025 edition", ""},
		{"no date here", ""},
	}
	for _, tt := range tests {
		got, ok := findDate(tt.in)
		switch {
		case tt.want == "" && ok:
			t.Errorf("findDate(%q) = %v, want no date", tt.in, got)
		case tt.want != "" && (!ok || got.Format("2006-01-02") != tt.want):
			t.Errorf("findDate(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
		}
	}
}

func TestPublished(t *testing.T) {
	tests := []struct {
		name, head, body, want string // want: YYYY-MM-DD or ""
	}{
		{"JSON-LD first",
			`<meta property="article:published_time" content="2025-01-02T00:00:00Z"><script type="application/ld+json">{"@type":"Article","datePublished":"2025-01-01T10:00:00Z"}</script>`,
			``, "2025-01-01"},
		{"unparseable value: the next key",
			`<meta property="article:published_time" content="soon"><meta name="parsely-pub-date" content="2025-03-04">`,
			``, "2025-03-04"},
		{"meta key outside the table",
			`<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">`, ``, "2025-05-27"},
		{"itemprop datePublished in the body",
			``, `<article><time itemprop="datePublished" datetime="2024-05-31">May 31</time></article>`, "2024-05-31"},
		{"the page shows only its revision date, unlabelled",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2024-09-06","dateModified":"2025-11-14"}</script>`,
			`<div class="meta">November 14, 2025</div>`, "2025-11-14"},
		{"a revision date labelled as such does not replace publication",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2020-07-10","dateModified":"2025-01-07"}</script>`,
			`<div class="meta">Last Updated: January 7, 2025</div>`, "2020-07-10"},
		{"publication shown as well: publication",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2024-09-06","dateModified":"2025-11-14"}</script>`,
			`<p>September 6, 2024</p><p>November 14, 2025</p>`, "2024-09-06"},
		{"nothing declared: the first date shown",
			``, `<h1>T</h1><p class="date">Published on March 2, 2025</p><p>Text.</p>`, "2025-03-02"},
		{"a <time> element",
			``, `<article><time datetime="2019-08-16T10:00:00Z">Aug 16</time></article>`, "2019-08-16"},
		{"dates in comments do not count",
			``, `<article><p>Text.</p></article><ol class="comment-list"><li>January 11, 2026</li></ol>`, ""},
		{"only a declared revision time",
			`<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">`, ``, "2023-06-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := metaOf(t, tt.head, tt.body).published()
			if tt.want == "" {
				if !got.IsZero() {
					t.Errorf("published = %v, want none", got)
				}
				return
			}
			if got.Format("2006-01-02") != tt.want {
				t.Errorf("published = %v, want %s", got, tt.want)
			}
		})
	}
}
