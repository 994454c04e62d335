package extractor

import (
	"bytes"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// metaOf reads the metadata of a page written as a head and a body.
func metaOf(t *testing.T, head, body string) *pageMeta {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	return readMetadata(doc)
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"h1 confirmed by og:title with the site after it",
			`<meta property="og:title" content="Tomatoes on a balcony | Balcony Harvest">`,
			`<h1>Tomatoes on a balcony</h1>`, "Tomatoes on a balcony"},
		{"h1 confirmed by <title> with the site before it",
			`<title>Harbor Times | Council approves the light-rail deal after a long session</title>`,
			`<h1>Council approves the light-rail deal after a long session</h1>`, "Council approves the light-rail deal after a long session"},
		{"h1 cut from a title with a subtitle",
			`<title>Quickstart — Widget Documentation (3.1.x)</title>`,
			`<h1>Quickstart</h1>`, "Quickstart"},
		{"h1 that starts the title wins over a logo h1 that ends it",
			`<title>Shared history — the widget extension</title>`,
			`<h1>the widget extension</h1><h1>Shared history</h1>`, "Shared history"},
		{"h1 linking to the home page is the logo",
			`<title>Silicon Notes: Open flow for programmable logic</title>`,
			`<h1><a href="http://notes.example/">Silicon Notes</a></h1><p>text</p>`, "Silicon Notes: Open flow for programmable logic"},
		{"forum: the h1 naming the forum is not the title",
			`<title>Heat pump short-cycling below 20°F - Hearth &amp; Home DIY Forums</title>`,
			`<h1>Hearth &amp; Home DIY Forums</h1>`, "Heat pump short-cycling below 20°F"},
		{"unconfirmed h1: the declared title wins",
			`<meta property="og:title" content="My title"><title>Title Element</title>`,
			`<h1>Test document title</h1>`, "My title"},
		{"permalink mark removed from the h1",
			`<title>Configuring retries | Ferrule</title>`,
			`<h1>Configuring retries<a href="#configuring-retries">¶</a></h1>`, "Configuring retries"},
		{"declared title: the declared site name is cut",
			`<meta property="og:site_name" content="Example News"><meta property="og:title" content="Example News - A short one">`,
			``, "A short one"},
		{"declared title: the first part before the strongest separator",
			`<meta property="og:title" content="Best Residential Movers in NYC 2025 | Top 19 Companies">`,
			``, "Best Residential Movers in NYC 2025"},
		{"a single word before the separator is kept with the rest",
			`<title>Reddit - The heart of the internet</title>`,
			``, "Reddit - The heart of the internet"},
		{"Dublin Core title before og:title",
			`<meta property="og:title" content="Open Graph title"><meta property="dc:title" content="Dublin Core title">`,
			``, "Dublin Core title"},
		{"space-separated property keys",
			`<meta property="x:title dc:title" content="Preferred title"><meta property="og:title twitter:title" content="A title">`,
			``, "Preferred title"},
		{"entities escaped twice are unescaped",
			`<meta property="og:title" content="And finally&amp;#8230; trouble brewing">`,
			``, "And finally… trouble brewing"},
		{"JSON-LD name when its headline is a description",
			`<title>Hermitian matrix - Wikipedia</title><script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose"}</script>`,
			``, "Hermitian matrix"},
		{"JSON-LD headline when the name is something else",
			`<meta property="og:title" content="Tite diz que errou"><script type="application/ld+json">{"@type":"NewsArticle","name":"Folha","headline":"Tite diz que errou"}</script>`,
			``, "Tite diz que errou"},
		{"no declared title: the first h1",
			``, `<h1>Only heading</h1>`, "Only heading"},
		{"h1 repeating the whole title: its short site part is cut",
			`<title>Repotting a fiddle-leaf fig - Leafwise Notes</title>`,
			`<h1>Repotting a fiddle-leaf fig - Leafwise Notes</h1>`, "Repotting a fiddle-leaf fig"},
		{"h1 repeating the whole title: a dated tail is the headline's",
			`<title>The quietest dishwashers - June 2026</title>`,
			`<h1>The quietest dishwashers - June 2026</h1>`, "The quietest dishwashers - June 2026"},
		{"h1 repeating the whole title: a long tail is a subtitle",
			`<title>Slow bread - Why a long rise makes a better loaf</title>`,
			`<h1>Slow bread - Why a long rise makes a better loaf</h1>`, "Slow bread - Why a long rise makes a better loaf"},
		{"h1 ending with the declared site name",
			`<meta property="og:site_name" content="Cedar Review"><title>Ten quiet novels for winter – Cedar Review - Cedar Review</title>`,
			`<h1>Ten quiet novels for winter – Cedar Review</h1>`, "Ten quiet novels for winter"},
		{"h1 ending with the site named by its domain",
			`<meta property="og:site_name" content="KXYZ.com"><title>Road closures this weekend | KXYZ</title>`,
			`<h1>Road closures this weekend | KXYZ</h1>`, "Road closures this weekend"},
		{"h1 with a thread prefix: the title without the label",
			`<title>Which pan for induction hobs? | Cookware Forum</title>`,
			`<h1>Thread: Which pan for induction hobs?</h1>`, "Which pan for induction hobs?"},
		{"h1 with a section label: the JSON-LD headline without it",
			`<title>Tips - Sharpening a chisel by hand | Workshop Board</title><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Sharpening a chisel by hand"}</script>`,
			`<h1>Tips Sharpening a chisel by hand</h1>`, "Sharpening a chisel by hand"},
		{"an article before the headline is no label",
			`<title>Best Trail Shoes of 2026 | Gear Desk</title>`,
			`<h1>The Best Trail Shoes of 2026</h1>`, "The Best Trail Shoes of 2026"},
		{"a year before the headline is no label",
			`<title>Kitchen Remodel Cost Guide | Home Desk</title>`,
			`<h1>2026 Kitchen Remodel Cost Guide</h1>`, "2026 Kitchen Remodel Cost Guide"},
		{"a JSON-LD headline cut to fit: the meta title it starts",
			`<meta property="og:title" content="Fix It Monday: Struggling With How To Light a Long Hallway? We Help 3 Readers Find Answers (Including One Cheap Trick That Works) - Hallway Notes"><script type="application/ld+json">{"@type":"Article","headline":"Fix It Monday: Struggling With How To Light a Long Hallway? We Help 3 Readers Find Answers (Including"}</script>`,
			``, "Fix It Monday: Struggling With How To Light a Long Hallway? We Help 3 Readers Find Answers (Including One Cheap Trick That Works)"},
		{"a short JSON-LD headline before a longer meta title is kept",
			`<meta property="og:title" content="Terminal Discounts, Coupons and Codes"><script type="application/ld+json">{"@type":"Article","headline":"Terminal"}</script>`,
			``, "Terminal"},
		{"h1 in navigation is not the title",
			`<title>Real headline here | Site</title>`,
			`<nav class="menu"><h1>Menu</h1></nav><p>x</p>`, "Real headline here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metaOf(t, tt.head, tt.body)
			if got := m.title(m.siteName()); got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHeadingSoftHyphen(t *testing.T) {
	m := metaOf(t, ``, `<h1>Home re&shy;pair grants</h1>`)
	if len(m.h1) != 1 || m.h1[0] != "Home repair grants" {
		t.Errorf("h1 = %q, want the heading without its soft hyphen", m.h1)
	}
}

func TestTitleSiteName(t *testing.T) {
	m := metaOf(t, `<title>Tomatoes on a balcony | Balcony Harvest</title>`, `<h1>Tomatoes on a balcony</h1>`)
	a := &Article{}
	m.fillArticle(a, nil, nil)
	if a.Title != "Tomatoes on a balcony" || a.SiteName != "Balcony Harvest" {
		t.Errorf("title, site = %q, %q; want the headline and Balcony Harvest", a.Title, a.SiteName)
	}
}

func TestSiteName(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"JSON-LD publisher before og:site_name",
			`<meta property="og:site_name" content="Example.cz - All the news"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Example.cz"}}</script>`,
			"Example.cz"},
		{"publisher by reference in @graph",
			`<script type="application/ld+json">{"@graph":[{"@type":"Article","publisher":{"@id":"#org"}},{"@type":"Organization","@id":"#org","name":"Field Notes"}]}</script>`,
			"Field Notes"},
		{"og:site_name", `<meta property="og:site_name" content="Ferrule">`, "Ferrule"},
		{"application-name", `<meta name="application-name" content="Widgets">`, "Widgets"},
		{"twitter handle is not a name", `<meta name="twitter:site" content="@widgets">`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := metaOf(t, tt.head, "").siteName(); got != tt.want {
				t.Errorf("siteName = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAuthors(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             []string
	}{
		{"JSON-LD array of people",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Hollis Grant"},{"@type":"Person","name":"Bea Navarro"}]}</script>`,
			``, []string{"Hollis Grant", "Bea Navarro"}},
		{"JSON-LD person by @id in @graph",
			`<script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","author":{"@id":"https://x.example/#/person/1"}},{"@type":"Person","@id":"https://x.example/#/person/1","name":"stephenlega"}]}</script>`,
			``, []string{"stephenlega"}},
		{"JSON-LD organisation gives way to a person in the byline",
			`<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Health Clinic"}}</script>`,
			`<div class="byline">By <a href="/authors/holly-wilgus">Holly Wilgus</a></div>`, []string{"Holly Wilgus"}},
		{"JSON-LD organisation when no one else is named",
			`<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Contributors to Example projects"}}</script>`,
			``, []string{"Contributors to Example projects"}},
		{"meta author user name",
			`<meta name="author" content="adminn">`, ``, []string{"adminn"}},
		{"meta author entities",
			`<meta name="author" content="Maria &amp;amp; Katerina">`, ``, []string{"Maria & Katerina"}},
		{"Dublin Core creator before meta author",
			`<meta name="author" content="Meta name author"><meta property="dc:creator" content="Dublin Core author">`, ``, []string{"Dublin Core author"}},
		{"one meta tag per author",
			`<meta name="citation_author" content="Md Najmul Hossain"><meta name="citation_author" content="Jaeeun Lee">`, ``, []string{"Md Najmul Hossain", "Jaeeun Lee"}},
		{"twitter label Written by",
			`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tyler Brown"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">`,
			``, []string{"Tyler Brown"}},
		{"author URL is not a name",
			`<meta property="article:author" content="https://www.facebook.com/example">`, `<span class="author">Jane Doe</span>`, []string{"Jane Doe"}},
		{"byline link to the author page, not the role beside it",
			``, `<div class="post-author"><a href="/author/jack-shepherd/">Jack Shepherd</a><div>Co-Founder &amp; Marketing Director</div></div>`, []string{"Jack Shepherd"}},
		{"byline name and role on two lines",
			``, `<div class="author-meta"><div>Meghan Neville</div><div>Content Marketing Coordinator</div></div>`, []string{"Meghan Neville"}},
		{"byline with prefix, role and date",
			``, `<p class="byline">By Jane Doe | Staff Writer | March 3, 2026</p>`, []string{"Jane Doe"}},
		{"byline with two people",
			``, `<p class="byline">By Jane Doe and John Roe</p>`, []string{"Jane Doe", "John Roe"}},
		{"organisation with 'and' stays whole",
			`<meta name="author" content="Center for Drug Evaluation and Research">`, ``, []string{"Center for Drug Evaluation and Research"}},
		{"stacked labels",
			``, `<span class="byline"><span class="author vcard"><span class="screen-reader-text">Author </span>Posted by Soliant</span></span>`, []string{"Soliant"}},
		{"text byline without a class",
			``, `<h1>Headline</h1><p>Written by <a href="/team/moses">Moses Kim</a></p><p>Body text.</p>`, []string{"Moses Kim"}},
		{"date before the byline",
			``, `<div class="meta">Tuesday 15 October 2019 by Bradley M. Kuhn</div>`, []string{"Bradley M. Kuhn"}},
		{"forum: only the first post's author",
			``, `<div class="post"><span itemprop="author">blumo</span><p>Question?</p></div><div class="post"><span itemprop="author">helper1</span><p>Answer.</p></div>`, []string{"blumo"}},
		{"rel=author names in one byline",
			``, `<p><a rel="author" href="/a">Jane Doe</a> and <a rel="author" href="/b">John Roe</a></p>`, []string{"Jane Doe", "John Roe"}},
		{"comments are not bylines",
			``, `<article><h1>T</h1><p>Text.</p></article><div class="comments"><span class="comment-author">Troll</span></div>`, nil},
		{"authorization links are not bylines",
			``, `<li class="authorization-link"><a href="/login">Sign In</a></li>`, nil},
		{"author box name",
			``, `<div class="elementor-author-box"><h4 class="elementor-author-box__name">Nicole Burke</h4><p>Nicole is a gardener.</p></div>`, []string{"Nicole Burke"}},
		{"same-site author link anywhere",
			`<link rel="canonical" href="https://www.example.com/post/1">`, `<a href="https://www.example.com/articles/authors/shannon-grilli">Shannon Grilli</a>`, []string{"Shannon Grilli"}},
		{"profile links to other sites are social accounts",
			`<link rel="canonical" href="https://www.example.com/post/1">`, `<a href="https://video.example.org/user/somechannel">youtube</a>`, nil},
		{"the site's own name only when no one else is named",
			`<meta property="og:site_name" content="Soliant Health"><meta name="author" content="Soliant">`, ``, []string{"Soliant"}},
		{"a person beats the site's own name",
			`<meta property="og:site_name" content="Example News"><meta property="og:article:author" content="Example News">`,
			`<div class="byline"><a href="/people/jane-doe">Jane Doe</a></div>`, []string{"Jane Doe"}},
		{"Dutch prefix on an English page starts a sentence",
			``, `<p>Door Anchor for Resistance Bands</p>`, nil},
		{"an <aside> inside the article holds its byline",
			``, `<article><p>Text.</p><aside><span class="article-author" itemprop="author"><span itemprop="name">Nicolas Perriault</span> —</span></aside></article>`, []string{"Nicolas Perriault"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metaOf(t, tt.head, tt.body)
			if got := m.authors(nil, m.siteName()); !slices.Equal(got, tt.want) {
				t.Errorf("authors = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAuthorsFromContentBylines(t *testing.T) {
	m := metaOf(t, "", "")
	for _, tt := range []struct {
		bylines []string
		want    []string
	}{
		{[]string{"By Ines Calder"}, []string{"Ines Calder"}},
		{[]string{"Ines Calder"}, []string{"Ines Calder"}},
		{[]string{"Premium"}, nil},
	} {
		if got := m.authors(tt.bylines, ""); !slices.Equal(got, tt.want) {
			t.Errorf("authors(%q) = %q, want %q", tt.bylines, got, tt.want)
		}
	}
}

func TestSplitAuthors(t *testing.T) {
	tests := []struct {
		in      string
		trusted bool
		want    []string
	}{
		{"By Jane Doe and John Roe, Staff Writers", false, []string{"Jane Doe", "John Roe"}},
		{"Written by: Jane Doe", false, []string{"Jane Doe"}},
		{"Von Max Muster und Erika Beispiel", false, []string{"Max Muster", "Erika Beispiel"}},
		{"View all posts by Ray Ansari", false, []string{"Ray Ansari"}},
		{"Jane Doe, March 3, 2026", false, []string{"Jane Doe"}},
		{"Jane Doe on Friday", false, []string{"Jane Doe"}},
		{"Last Updated: January 7, 2025", false, nil},
		{"Supermove Last update", false, []string{"Supermove"}},
		{"CM Craig McCarthy", false, []string{"Craig McCarthy"}},
		{"Mac & i", true, []string{"Mac & i"}},
		{"jdoe_42", true, []string{"jdoe_42"}},
		{"jdoe_42", false, nil},
		{"223509017", true, nil},
		{"page.head.extra.author", true, nil},
		{"BY", false, nil},
		{"Follow Author", false, nil},
		{"Tuesday", false, nil},
		{"Sign In", false, nil},
		{"the quick brown fox", false, nil},
	}
	for _, tt := range tests {
		if got := splitAuthors(tt.in, tt.trusted); !slices.Equal(got, tt.want) {
			t.Errorf("splitAuthors(%q, %v) = %q, want %q", tt.in, tt.trusted, got, tt.want)
		}
	}
}

func TestAuthorPageLink(t *testing.T) {
	tests := []struct {
		href string
		want bool
	}{
		{"/author/jane-doe/", true},
		{"https://example.com/people/jane-doe", true},
		{"/u/dessalines", true},
		{"/user/login", false},
		{"/author/", false},
		{"/2026/02/03/story", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := authorPageLink(tt.href); got != tt.want {
			t.Errorf("authorPageLink(%q) = %v, want %v", tt.href, got, tt.want)
		}
	}
}

func TestExcerpt(t *testing.T) {
	content := func(s string) *html.Node {
		doc, _ := html.Parse(strings.NewReader("<body><div>" + s + "</div></body>"))
		return findElement(doc, atom.Body)
	}
	tests := []struct {
		name, head, content, want string
	}{
		{"JSON-LD article description first",
			`<meta name="description" content="Meta description"><script type="application/ld+json">{"@type":"NewsArticle","description":"JSON-LD description"}</script>`,
			`<p>First paragraph.</p>`, "JSON-LD description"},
		{"Dublin Core description before og:description",
			`<meta property="og:description" content="Open Graph"><meta property="dc:description" content="Dublin Core">`,
			`<p>First paragraph.</p>`, "Dublin Core"},
		{"og:description before description",
			`<meta name="description" content="Meta"><meta property="og:description" content="Open Graph">`,
			``, "Open Graph"},
		{"first paragraph of the content, whole",
			``, `<h1>Lorem</h1><p>` + strings.Repeat("word ", 100) + `end.</p><p>Second.</p>`, strings.Repeat("word ", 100) + "end."},
		{"no paragraphs: the first text block that is not a heading",
			``, `<h1>Lorem</h1><div>Lorem ipsum dolor.</div>`, "Lorem ipsum dolor."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := metaOf(t, tt.head, "")
			if got := m.excerpt(content(tt.content)); got != tt.want {
				t.Errorf("excerpt = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMetadataHeuristics(t *testing.T) {
	for _, tt := range []struct {
		name string
		got  bool
		want bool
	}{
		{"AuthorClass(author-box__name)", heuristics.AuthorClass("author-box__name"), true},
		{"AuthorClass(authorization-link)", heuristics.AuthorClass("authorization-link"), false},
		{"AuthorLabel(Follow Author)", heuristics.AuthorLabel("Follow Author"), true},
		{"AuthorLabel(Jane Doe)", heuristics.AuthorLabel("Jane Doe"), false},
		{"DateWord(Sept.)", heuristics.DateWord("Sept."), true},
		{"DateWord(März)", heuristics.DateWord("März"), true},
		{"DateWord(Freitag)", heuristics.DateWord("Freitag"), true},
		{"DateWord(Market)", heuristics.DateWord("Market"), false},
		{"Updated(Last updated:)", heuristics.Updated("Last updated:"), true},
		{"Updated(Aktualisiert am)", heuristics.Updated("Aktualisiert am"), true},
		{"Updated(Published)", heuristics.Updated("Published"), false},
		{"PublishDateKey(w-published-date)", heuristics.PublishDateKey("w-published-date"), true},
		{"PublishDateKey(publisher)", heuristics.PublishDateKey("publisher"), false},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestNoscriptMarkup(t *testing.T) {
	post := `<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="datePublished" content="2024-09-22T14:43:36Z">` +
		`<span itemprop="author"><span itemprop="name">blumo</span></span><p>` + strings.Repeat("Question text. ", 40) + `</p></div>`
	m := metaOf(t, "", `<noscript>`+post+`</noscript>`)
	if got := m.authors(nil, ""); !slices.Equal(got, []string{"blumo"}) {
		t.Errorf("authors = %q, want [blumo]", got)
	}
	if got := m.published(); got.Format("2006-01-02") != "2024-09-22" {
		t.Errorf("published = %v, want 2024-09-22", got)
	}
}

// BenchmarkReadMetadata reads and resolves the metadata of each fixture
// page (testdata/pages), parsed beforehand: compare with BenchmarkExtract
// on the same pages, of which it is a part (the budget: at most
// 10 % of the extraction time).
func BenchmarkReadMetadata(b *testing.B) {
	for name, src := range benchPages(b) {
		doc, err := html.Parse(bytes.NewReader(src))
		if err != nil {
			b.Fatal(err)
		}
		pageURL, _ := url.Parse("https://news.example/2026/02/03/story/")
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			// as Extract reads it: class and id values classified through
			// the document's cache, whose entries every stage shares
			// (classifying them is the pipeline's work, not metadata's)
			d := newDocument(doc, pageURL, Options{})
			for b.Loop() {
				m := readMetadataWith(doc, d.classifyAttr)
				m.fillArticle(&Article{}, pageURL, nil)
			}
		})
	}
}
