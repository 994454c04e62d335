package heuristics

import "strings"

// Meta-tag keys (the name, property or itemprop attribute, lower-cased) that
// carry each metadata field, in order of preference.
var (
	// TitleMetaKeys name the page's headline.
	TitleMetaKeys = []string{"og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "headline"}
	// AuthorMetaKeys name the article's authors.
	AuthorMetaKeys = []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "twitter:creator", "citation_author", "creator"}
	// PublishedMetaKeys name the first publication time.
	PublishedMetaKeys = []string{"article:published_time", "datepublished", "og:published_time", "published_time", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish_date", "publication_date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.created", "date", "citation_publication_date", "citation_date", "article.published", "og:article:published_time"}
	// SiteNameMetaKeys name the publication.
	SiteNameMetaKeys = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "twitter:site"}
	// DescriptionMetaKeys name the page's summary.
	DescriptionMetaKeys = []string{"og:description", "description", "twitter:description", "dc.description", "dcterms.description"}
	// LanguageMetaKeys name the page's language when <html lang> is missing.
	LanguageMetaKeys = []string{"content-language", "og:locale", "dc.language", "language", "inlanguage"}
)

// ArticleTypes are the schema.org types whose JSON-LD objects describe the
// page's main content.
var ArticleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "askpublicnewsarticle": true, "satiricalarticle": true,
	"scholarlyarticle": true, "medicalscholarlyarticle": true, "techarticle": true,
	"report": true, "liveblogposting": true, "socialmediaposting": true,
	"discussionforumposting": true, "apireference": true, "posting": true,
	"advertisercontentarticle": true, "review": true, "recipe": true, "howto": true,
	"creativework": true, "webpage": true, "itempage": true, "qapage": true,
	"collectionpage": true, "product": true, "videoobject": true, "event": true,
}

// DiscussionTypes are schema.org types that declare a page to be a forum
// thread or a question with answers, whose comments are its content.
var DiscussionTypes = map[string]bool{
	"discussionforumposting": true, "qapage": true, "question": true,
	"socialmediaposting": true,
}

// discussionPathSegments are URL path segments of forum threads and Q&A
// pages ("/t/slug/123", "/threads/…", "/questions/…").
var discussionPathSegments = map[string]bool{
	"t": true, "thread": true, "threads": true, "topic": true, "topics": true,
	"forum": true, "forums": true, "questions": true, "question": true,
	"discussion": true, "discussions": true, "showthread.php": true,
	"viewtopic.php": true, "comments": true, "community": true, "board": true,
	"boards": true, "post": false, "r": true,
}

// DiscussionURL reports whether a URL's path or host names a forum thread
// or Q&A page.
func DiscussionURL(host, path string) bool {
	for _, seg := range strings.Split(strings.ToLower(path), "/") {
		if discussionPathSegments[seg] {
			return true
		}
	}
	for _, label := range strings.Split(strings.ToLower(host), ".") {
		switch label {
		case "forum", "forums", "community", "discuss", "discussion", "board", "boards":
			return true
		}
	}
	return false
}

// TitleSeparators split a <title> into the headline and the site's name:
// "Headline | Site", "Site - Headline".
var TitleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " : ", " ~ "}

// AuthorSeparators split a list of authors written as one string.
var AuthorSeparators = []string{" and ", " & ", ", ", "; ", " und ", " y ", " et ", " e ", " en ", " och ", " i "}

// authorNoise are words that mark a byline fragment as something other than
// a name ("Staff Writer", "Updated", "Reporter").
var authorNoise = []string{
	"staff writer", "staff reporter", "correspondent", "contributor", "editor",
	"reporter", "columnist", "updated", "published", "posted", "photographer",
	"senior writer", "writer", "associated press writer",
}

// AuthorRole reports whether s is a job title rather than a name
// ("Staff Writer", "Senior Correspondent").
func AuthorRole(s string) bool {
	n := NormalizePhrase(s)
	for _, w := range authorNoise {
		if n == w || strings.HasSuffix(n, " "+w) {
			return true
		}
	}
	return false
}

// authorClassWords mark a class name as an author or byline element
// ("byline", "article-author", "c-byline__name").
var authorClassWords = []string{"byline", "author", "writer", "contributor"}

// authorClassExclusions mark author-related elements that hold no name:
// biographies, avatars and photos.
var authorClassExclusions = []string{"bio", "avatar", "image", "img", "photo", "description", "about", "box", "social", "follow", "more", "list", "info", "card", "wrapper", "container", "profile", "pic"}

// AuthorClass reports whether one class name marks an element holding an
// author's name.
func AuthorClass(name string) bool {
	name = strings.ToLower(name)
	found := false
	for _, w := range authorClassWords {
		if strings.Contains(name, w) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for _, x := range authorClassExclusions {
		if strings.Contains(name, x) {
			return false
		}
	}
	return true
}
