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

func TestMonthOnly(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"November 2015", "2015-11-01"},
		{"Nov. 2015", "2015-11-01"},
		{"November\u00a0 2003", "2003-11-01"},
		{"März 2026", "2026-03-01"},
		{"November 15, 2015", ""},
		{"Since 2015", ""},
		{"May 1985", ""},
	} {
		got, ok := monthOnly(tt.in)
		if tt.want == "" && ok || tt.want != "" && (!ok || got.Format("2006-01-02") != tt.want) {
			t.Errorf("monthOnly(%q) = %v, %v; want %q", tt.in, got, ok, tt.want)
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
		{"11-29-2024, 09:03 AM", "2024-11-29"},
		{"Post time: 01-04-2024", "2024-01-04"},
		{"29-11-2024", "2024-11-29"},
		{"12-05/2024", ""},
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
		{"a revision date shown twice, once labelled: publication",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2023-05-30","dateModified":"2025-10-17"}</script>`,
			`<div class="meta">Updated October 17, 2025</div><p class="date">October 17, 2025</p>`, "2023-05-30"},
		{"publication shown as well: publication",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2024-09-06","dateModified":"2025-11-14"}</script>`,
			`<p>September 6, 2024</p><p>November 14, 2025</p>`, "2024-09-06"},
		{"publication and revision stamped alike, another date shown: the shown date",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2025-11-20T16:02:46Z","dateModified":"2025-11-20T16:02:46Z"}</script>`,
			`<h1>T</h1><p class="date">May 14, 2025</p><p>Text.</p>`, "2025-05-14"},
		{"publication and revision stamped alike, shown a day apart: the declared instant in the page's zone",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2018-06-12T23:00:00Z","dateModified":"2018-06-12T23:00:00Z"}</script>`,
			`<h1>T</h1><p class="date">June 13, 2018</p><p>Text.</p>`, "2018-06-13"},
		{"a later revision declared: the declared publication over another shown date",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2025-02-12T23:21:00Z","dateModified":"2025-11-06T20:40:44Z"}</script>`,
			`<h1>T</h1><p>Archive: January 1, 2013</p><p>Text.</p>`, "2025-02-12"},
		{"publication shown as the next day in the page's zone: the publication, in that zone",
			`<meta property="article:published_time" content="2025-12-02T23:00:55+00:00"><meta property="article:modified_time" content="2025-12-03T21:31:05+00:00">`,
			`<h1>T</h1><p class="date">December 3, 2025</p><p>Text.</p>`, "2025-12-03"},
		{"publication shown as the previous day in the page's zone: the publication, in that zone",
			`<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">`,
			`<h1>T</h1><p class="date">December 18, 2025</p><p>Text.</p>`, "2025-12-18"},
		{"the same instant written in the page's zone",
			`<script type="application/ld+json">{"@type":"Article","datePublished":"2025-12-19T03:05:00Z"}</script>`,
			`<h1>T</h1><time datetime="2025-12-18T19:05:00-08:00">Dec 18</time><p>Text.</p>`, "2025-12-18"},
		{"a UTC <time> read as the day its text shows",
			``, `<article><h1>T</h1><time datetime="2026-02-24T04:13:00Z">February 23, 2026</time><p>Text.</p></article>`, "2026-02-23"},
		{"a <time> in a zone keeps its day over its text",
			``, `<article><h1>T</h1><time datetime="2024-01-14T21:50:50-0500">Jan 15, 2024</time><p>Text.</p></article>`, "2024-01-14"},
		{"nothing declared: the first date shown",
			``, `<h1>T</h1><p class="date">Published on March 2, 2025</p><p>Text.</p>`, "2025-03-02"},
		{"a <time> element",
			``, `<article><time datetime="2019-08-16T10:00:00Z">Aug 16</time></article>`, "2019-08-16"},
		{"a sentence giving the first publication wins",
			``, `<article><h1>T</h1><p class="post-date">30 Sep 2022, 11:07am</p><p>Text.</p></article><p class="disclaimer">This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated to keep the information current.</p>`, "2019-09-26"},
		{"revision and first publication in one element: neither is told apart",
			``, `<article><h1>T</h1><time datetime="2022-11-11T20:23:00-05:00">Updated November 11, 2022 <span>Originally published November 9, 2022</span></time><p>Text.</p></article>`, "2022-11-11"},
		{"a sentence that mentions a date is not a date line",
			``, `<article><h1>T</h1><p>The end of the 2025 tax season for most Americans is April 15, 2025.</p><p>Page last modified <time datetime="2025-01-17T13:39:16-0500">Jan. 17, 2025</time></p></article>`, "2025-01-17"},
		{"the header's current-date widget does not count",
			``, `<header><p id="todays-date"><strong>Friday</strong>, December 19, 2025</p></header><h1>T</h1><p class="date">December 12, 2025</p><p>Text.</p>`, "2025-12-12"},
		{"a month shown alone, as a last resort",
			`<meta property="article:modified_time" content="2025-09-17T17:00:45+00:00">`,
			`<h1>T</h1><h6>Date</h6><p> November 2003 </p><p>Text.</p>`, "2003-11-01"},
		{"a month in a link is an archive's",
			``, `<h1>T</h1><ul><li><a href="/2015/11/">November 2015</a></li></ul><p>Text.</p>`, ""},
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

// refTime is the reference time of the relative-date tests: Tuesday 3
// February 2026, 15:17 Pacific.
var refTime = time.Date(2026, 2, 3, 15, 17, 0, 0, time.FixedZone("PST", -8*3600))

// TestDateFormats pins each form of date the metadata issue names: ISO
// 8601, RFC 1123, "Feb. 3, 2026", "3 février 2026", "03.02.2026" and
// relative dates against a reference time, and the rejection of dates in
// the future or before 1990.
func TestDateFormats(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339 instant or YYYY-MM-DD day; "" for no date
	}{
		// ISO 8601 and its variants
		{"2026-02-03T15:17:00-08:00", "2026-02-03T15:17:00-08:00"},
		{"2026-02-03T23:17:00.000Z", "2026-02-03T23:17:00Z"},
		{"2026-02-03T23:17:00+0000", "2026-02-03T23:17:00Z"},
		{"2026-02-03T15:17", "2026-02-03T15:17:00Z"},
		{"2026-02-03 15:17:00", "2026-02-03T15:17:00Z"},
		{"2026-02-03", "2026-02-03"},
		// RFC 1123
		{"Tue, 03 Feb 2026 23:17:00 GMT", "2026-02-03T23:17:00Z"},
		{"Tue, 03 Feb 2026 15:17:00 -0800", "2026-02-03T15:17:00-08:00"},
		// written out, in several languages
		{"Feb. 3, 2026", "2026-02-03"},
		{"February 3rd, 2026", "2026-02-03"},
		{"3 February 2026", "2026-02-03"},
		{"3 février 2026", "2026-02-03"},
		{"3. Februar 2026", "2026-02-03"},
		{"3 de febrero de 2026", "2026-02-03"},
		{"Published on 3 febbraio 2026, 10:00", "2026-02-03"},
		// numeric: day first with dots, month first with slashes
		{"03.02.2026", "2026-02-03"},
		{"2/3/2026", "2026-02-03"},
		{"13/01/2026", "2026-01-13"},
		{"13/02/2026", ""}, // 13 February: ten days after the reference time
		// relative, against refTime
		{"2 hours ago", "2026-02-03T13:17:00-08:00"},
		{"an hour ago", "2026-02-03T14:17:00-08:00"},
		{"Updated 45 minutes ago", "2026-02-03T14:32:00-08:00"},
		{"3d ago", "2026-01-31"},
		{"yesterday", "2026-02-02"},
		{"Yesterday at 10:30", "2026-02-02"},
		{"today", "2026-02-03"},
		{"vor 3 Tagen", "2026-01-31"},
		{"il y a 2 jours", "2026-02-01"},
		{"hace 5 minutos", "2026-02-03T15:12:00-08:00"},
		{"há 2 dias", "2026-02-01"},
		{"3 giorni fa", "2026-01-31"},
		{"2 weken geleden", "2026-01-20"},
		// rejected: before 1990, in the future, not dates
		{"1989-12-31", ""},
		{"June 4, 1850", ""},
		{"2026-02-06", ""}, // three days after the reference time
		{"2031-01-01T00:00:00Z", ""},
		{"in 2 hours", ""},
		{"2 apples ago", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := parseDateAt(tt.in, refTime)
		switch {
		case tt.want == "":
			if ok {
				t.Errorf("parseDateAt(%q) = %v, want no date", tt.in, got)
			}
		case len(tt.want) == len("2006-01-02"):
			if !ok || got.Format("2006-01-02") != tt.want {
				t.Errorf("parseDateAt(%q) = %v, %v; want the day %s", tt.in, got, ok, tt.want)
			}
		default:
			want, _ := time.Parse(time.RFC3339, tt.want)
			if !ok || !got.Equal(want) {
				t.Errorf("parseDateAt(%q) = %v, %v; want %v", tt.in, got, ok, want)
			}
		}
	}
}

func TestPathDate(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/news/2026/02/03/slug/", "2026-02-03"},
		{"/comarca/2026-02-03/slug.html", "2026-02-03"},
		{"/blog/20260203/slug", "2026-02-03"},
		{"/2026/02/slug", ""},           // a month only
		{"/product/2026-99-03", ""},     // no such month
		{"/item/123456789/slug", ""},    // a number, not a date
		{"/archive/1850/01/01/old", ""}, // before 1990
	}
	for _, tt := range tests {
		got, ok := pathDate(tt.path)
		if tt.want == "" && ok || tt.want != "" && (!ok || got.Format("2006-01-02") != tt.want) {
			t.Errorf("pathDate(%q) = %v, %v; want %q", tt.path, got, ok, tt.want)
		}
	}
}

func TestPublishedAt(t *testing.T) {
	tests := []struct {
		name, head, body, url, want, wantModified string // days, or "" for none
	}{
		{"a relative date shown, against the reference time",
			``, `<article><h1>T</h1><span class="date">2 hours ago</span><p>Text.</p></article>`, "", "2026-02-03", ""},
		{"an absolute date shown wins over a relative one",
			``, `<article><span>5 hours ago</span><p class="date">January 30, 2026</p></article>`, "", "2026-01-30", ""},
		{"a date in the URL's path when the page shows none",
			``, `<article><p>Text.</p></article>`, "https://news.example/2026/01/28/story/", "2026-01-28", ""},
		{"a declared date in the future is ignored",
			`<meta property="article:published_time" content="2027-05-01T00:00:00Z">`, `<p class="date">January 12, 2026</p>`, "", "2026-01-12", ""},
		{"a member's join date is not the article's",
			``, `<div class="postprofile">Joined: Mon Jul 24, 2017 9:28 am</div><div class="post"><p>Posted: Feb 1, 2026</p></div>`, "", "2026-02-01", ""},
		{"published and modified both declared",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-05T08:00:00Z","dateModified":"2026-01-20T09:30:00Z"}</script>`, ``, "", "2026-01-05", "2026-01-20"},
		{"a modification before the publication is no modification",
			`<meta property="article:published_time" content="2026-01-05"><meta property="article:modified_time" content="2025-12-01">`, ``, "", "2026-01-05", ""},
		{"an update shown, labelled",
			`<meta property="article:published_time" content="2026-01-05">`, `<p>Updated January 9, 2026</p>`, "", "2026-01-05", "2026-01-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metaOf(t, tt.head, tt.body)
			m.now = refTime
			if tt.url != "" {
				m.pageURL = mustURL(t, tt.url)
			}
			pub := m.published()
			if got := dayOf(pub); got != tt.want {
				t.Errorf("published = %v, want %q", pub, tt.want)
			}
			if got := dayOf(m.modified(pub)); got != tt.wantModified {
				t.Errorf("modified = %v, want %q", m.modified(pub), tt.wantModified)
			}
		})
	}
}

func dayOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// FuzzParseDateAt: dates with a reference time, relative ones included,
// never panic, and a date reported is a real day within 1990 and the
// reference time (plus the time-zone slack).
func FuzzParseDateAt(f *testing.F) {
	for _, s := range []string{
		"2 hours ago", "vor 3 Tagen", "il y a 2 jours", "yesterday at 10:30", "3d ago",
		"99999999999999999999 years ago", "hace  minutos", "Feb. 3, 2026", "2026-02-03",
		"Tue, 03 Feb 2026 23:17:00 GMT", "03.02.2026", "in 2 hours", "il y a", "ago",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseDateAt(s, refTime)
		if !ok {
			if !got.IsZero() {
				t.Fatalf("parseDateAt(%q) = %v, false: want the zero time", s, got)
			}
			return
		}
		if got.Year() < 1990 || got.After(refTime.Add(futureSlack)) {
			t.Fatalf("parseDateAt(%q) = %v: outside 1990 to the reference time", s, got)
		}
	})
}
