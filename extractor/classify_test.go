package extractor

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// sectionedLanding is an organisation's page in many short sections, whose
// CMS declares a publication date the page never shows; shown adds a
// visible dateline, which makes it a dated post again.
func sectionedLanding(shown bool) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Fleet maintenance plans</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-06-02T09:00:00Z">
</head><body><main><h1>Fleet maintenance plans</h1>`)
	if shown {
		b.WriteString(`<p class="dateline"><time datetime="2025-06-02">June 2, 2025</time></p>`)
	}
	for _, s := range []string{"Scheduled servicing", "Roadside cover", "Parts at cost", "Telematics", "Tyre care",
		"Driver checks", "Compliance records", "Replacement vehicles", "One monthly invoice"} {
		fmt.Fprintf(&b, `<section><h2>%s</h2><p>%s is part of every plan: our technicians handle it on a schedule that fits the way your vans work, and you see each visit in one account.</p></section>`, s, s)
	}
	b.WriteString(`</main></body></html>`)
	return b.String()
}

// teaserFront is a front page of n dated, signed teasers.
func teaserFront(n int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>The Harbour Post</title>
<meta name="author" content="Harbour Post staff">
<meta property="article:published_time" content="2025-06-02T09:00:00Z">
</head><body><main><h1>Latest</h1>`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<div class="teaser"><h3><a href="/story-%d">Council approves plan %d for the waterfront</a></h3><p class="byline">By Ana Ruiz, <time datetime="2025-06-%02d">June %d, 2025</time></p><p>The vote settles a long argument over the old ferry sheds, their new owners and who pays to move the boatyard before the season opens.</p></div>`, i, i, i, i)
	}
	b.WriteString(`</main></body></html>`)
	return b.String()
}

// linkIndex is a section index, mostly links, that a CMS stamps with
// og:type article and a publication date; signed names an author too, as
// a story with a long link box does.
func linkIndex(signed bool) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Winners of the year</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-06-02T09:00:00Z">`)
	if signed {
		b.WriteString(`<meta name="author" content="Lena Park">`)
	}
	b.WriteString(`</head><body><main><h1>Winners of the year</h1>`)
	for i := 0; i < 4; i++ {
		b.WriteString(`<p>The jury chose these projects from more than four hundred entries sent in from studios across the region, weighing how each building serves the people who use it every day, what it costs to run, and how well it will age.</p>`)
	}
	b.WriteString(`<ul>`)
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, `<li><a href="/winner-%d">Studio project number %d, a library renovation</a> in the north quarter</li>`, i, i)
	}
	b.WriteString(`</ul></main></body></html>`)
	return b.String()
}

func TestClassifyPageShapes(t *testing.T) {
	for _, c := range []struct {
		name, page, url string
		want            PageType
		not             bool // the page is anything but want
	}{
		{"sectioned landing, date not shown", sectionedLanding(false), "https://example.com/fleet-plans/", ServicePage, false},
		{"sectioned landing, date shown", sectionedLanding(true), "https://example.com/fleet-plans/", ArticlePage, false},
		{"front page of teasers", teaserFront(6), "https://example.com/", ArticlePage, true},
		{"front page, a feed of dated teasers", teaserFront(10), "https://example.com/", ListingPage, false},
		{"link index stamped as an article", linkIndex(false), "https://example.com/awards/winners/", ArticlePage, true},
		{"signed page with the same links", linkIndex(true), "https://example.com/awards/winners/", ArticlePage, false},
		{"a page whose canonical URL is the root by mistake", strings.Replace(teaserFront(10), "</head>", `<link rel="canonical" href="https://example.com/"></head>`, 1), "https://example.com/latest-plan", ArticlePage, false},
		{"the same teasers under a path", teaserFront(6), "https://example.com/latest-plan", ArticlePage, false},
	} {
		u, _ := url.Parse(c.url)
		a, err := Extract(strings.NewReader(c.page), u, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if (a.PageType == c.want) == c.not {
			t.Errorf("%s: page type %s (%.2f), want %s (not: %v)", c.name, a.PageType, a.PageTypeConfidence, c.want, c.not)
		}
	}
}
