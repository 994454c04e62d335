package heuristics

import "strings"

// Meta-tag keys (the name, property or itemprop attribute, lower-cased) that
// carry each metadata field, in order of preference. Dublin Core keys come
// as properties ("dc:title") and as names ("DC.title").
var (
	// TitleMetaKeys name the page's headline.
	TitleMetaKeys = []string{"dc:title", "dcterm:title", "og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "headline"}
	// AuthorMetaKeys name the article's authors.
	AuthorMetaKeys = []string{"dc:creator", "dcterm:creator", "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "creator", "twitter:creator"}
	// PublishedMetaKeys name the first publication time.
	PublishedMetaKeys = []string{"article:published_time", "datepublished", "og:published_time", "published_time", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish_date", "publication_date", "published", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.created", "date", "citation_publication_date", "citation_date", "article.published", "og:article:published_time"}
	// ModifiedMetaKeys name the last revision time.
	ModifiedMetaKeys = []string{"article:modified_time", "datemodified", "og:updated_time", "modified_time", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod"}
	// SiteNameMetaKeys name the publication.
	SiteNameMetaKeys = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "twitter:site"}
	// DescriptionMetaKeys name the page's summary.
	DescriptionMetaKeys = []string{"dc:description", "dcterm:description", "og:description", "description", "twitter:description", "dc.description", "dcterms.description"}
	// LanguageMetaKeys name the page's language when <html lang> is missing.
	LanguageMetaKeys = []string{"content-language", "og:locale", "dc.language", "language", "inlanguage"}
	// ImageMetaKeys name the article's lead image, as shared on social media.
	ImageMetaKeys = []string{"og:image:secure_url", "og:image:url", "og:image", "twitter:image", "twitter:image:src", "parsely-image-url", "sailthru.image.full", "thumbnail", "thumbnailurl", "image"}
	// TagMetaKeys name the article's keywords and topic tags; pages repeat
	// the first ones once per tag, the others hold a comma-separated list.
	TagMetaKeys = []string{"article:tag", "og:article:tag", "book:tag", "video:tag", "parsely-tags", "sailthru.tags", "news_keywords", "keywords", "dc.subject", "dcterms.subject"}
	// CategoryMetaKeys name the section the article is filed under.
	CategoryMetaKeys = []string{"article:section", "og:article:section", "parsely-section", "articlesection", "section", "category"}
	// LicenseMetaKeys name the licence of the page's content. The rights
	// keys often hold a copyright notice instead, which is not a licence.
	LicenseMetaKeys = []string{"dcterms.license", "dc.rights.license", "license", "dc.rights", "dcterms.rights", "rights"}
)

// MultiValueMetaKey reports the meta keys that pages repeat once per value
// (one article:tag per tag), whose every value is kept.
func MultiValueMetaKey(key string) bool {
	for _, list := range [...][]string{AuthorMetaKeys, TagMetaKeys[:4], CategoryMetaKeys[:2]} {
		for _, k := range list {
			if k == key {
				return true
			}
		}
	}
	return false
}

// licenseWords mark a rights statement that names a licence rather than a
// copyright holder ("CC BY-SA 4.0", "Creative Commons", "GNU FDL").
var licenseWords = []string{"licen", "creative commons", "cc by", "cc-by", "cc0", "public domain", "gnu ", "gpl", "mit license", "apache"}

// NamesLicense reports whether a rights statement names a licence.
func NamesLicense(s string) bool {
	s = strings.ToLower(s)
	for _, w := range licenseWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// CategorySeparators split a section path ("World > Americas").
var CategorySeparators = []string{" > ", " › ", " » ", " / ", ">", "›", "»"}

// Relative dates: the number words and units of "2 hours ago", "vor 3
// Tagen", "il y a 2 jours", "hace 5 minutos", "3 giorni fa", "2 dagen
// geleden", and the words for today and yesterday, in the languages whose
// month names pith knows.
var (
	// RelativeUnits map unit words (singular and plural) to seconds; a
	// month is 30 days and a year 365.
	RelativeUnits = func() map[string]int64 {
		units := map[int64]string{
			1:        "second seconds sec secs s sekunde sekunden seconde secondes segundo segundos secondo secondi",
			60:       "minute minutes min mins m minuten minuto minutos minuti",
			3600:     "hour hours hr hrs h stunde stunden std heure heures hora horas ora ore uur uren",
			86400:    "day days d tag tagen tage jour jours día días dia dias giorno giorni dag dagen",
			604800:   "week weeks wk wks w woche wochen semaine semaines semana semanas settimana settimane weken",
			2592000:  "month months mo mos monat monaten monate mois mes meses mese mesi maand maanden",
			31536000: "year years yr yrs y jahr jahren jahre an ans année années año años ano anos anno anni jaar jaren",
		}
		m := make(map[string]int64)
		for secs, words := range units {
			for _, w := range strings.Fields(words) {
				m[w] = secs
			}
		}
		return m
	}()
	// RelativeNumbers map number words to numbers ("an hour ago", "a day
	// ago", "vor einer Stunde").
	RelativeNumbers = map[string]int64{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "einer": 1, "einem": 1,
		"ein": 1, "eine": 1, "zwei": 2, "drei": 3, "un": 1, "une": 1, "deux": 2, "trois": 3,
		"uno": 1, "una": 1, "dos": 2, "tres": 3, "due": 2, "tre": 3, "een": 1, "twee": 2, "drie": 3,
	}
	// RelativeDays map the words for today and yesterday to days back.
	RelativeDays = map[string]int{
		"today": 0, "yesterday": 1, "heute": 0, "gestern": 1, "aujourd'hui": 0, "hier": 1,
		"hoy": 0, "ayer": 1, "oggi": 0, "ieri": 1, "vandaag": 0, "gisteren": 1, "hoje": 0, "ontem": 1,
		"just now": 0,
	}
)

// PublishDateKey reports a meta key not in PublishedMetaKeys that names a
// publication date all the same ("w-published-date", "post:publish_time").
func PublishDateKey(key string) bool {
	return (strings.Contains(key, "publish") || strings.Contains(key, "pubdate")) &&
		!strings.Contains(key, "publisher") && (strings.Contains(key, "date") || strings.Contains(key, "time"))
}

// AuthorLabels are the labels of "twitter:labelN" meta tags whose
// "twitter:dataN" holds the author ("Written by", "Author").
var AuthorLabels = map[string]bool{
	"written by": true, "author": true, "authors": true, "by": true, "posted by": true,
	"geschrieben von": true, "verfasst von": true, "autor": true, "escrito por": true,
	"écrit par": true, "auteur": true, "scritto da": true, "autore": true, "geschreven door": true,
}

// OrganizationTypes are schema.org types of organisations: an author of
// one of these types is a publisher rather than a person.
var OrganizationTypes = map[string]bool{
	"organization": true, "newsmediaorganization": true, "corporation": true,
	"localbusiness": true, "educationalorganization": true, "governmentorganization": true,
	"ngo": true, "onlinebusiness": true, "onlinestore": true, "medicalorganization": true,
	"researchorganization": true, "sportsorganization": true, "performinggroup": true,
	"collegeoruniversity": true, "store": true, "website": true, "brand": true,
}

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
// or Q&A page. A host label that ends in "forum" or "forums" names a forum
// site.
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
		// a site named after its forum: "gardenersforums", "my-forum"
		if strings.HasSuffix(label, "forum") || strings.HasSuffix(label, "forums") {
			return true
		}
	}
	return false
}

// TitleSeparators split a <title> into the headline and the site's name:
// "Headline | Site", "Site - Headline".
var TitleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " : ", " ~ "}

// HeadlineLeadWords are the words that lead into a headline rather than
// end a label set before it: articles and prepositions ("The Best
// Cameras", "Welcome to the Shop" are not the headline "Best Cameras" or
// "the Shop" after a label "The" or "Welcome to").
var HeadlineLeadWords = map[string]bool{
	"the": true, "a": true, "an": true, "to": true, "of": true, "for": true, "in": true,
	"on": true, "at": true, "and": true, "with": true, "by": true, "from": true,
	"le": true, "la": true, "les": true, "der": true, "die": true, "das": true,
	"el": true, "los": true, "las": true, "il": true, "de": true,
}

// CoauthorWords open a parenthesis naming co-authors ("Jane Doe (with John
// Roe)", "(avec …)", "(mit …)").
var CoauthorWords = map[string]bool{"with": true, "avec": true, "mit": true, "con": true, "com": true, "met": true, "and": true}

// UserNameClass reports a class name that marks a forum post's user name
// ("username", "PostUser-name", "post-author__name").
func UserNameClass(class string) bool { return userNameClass(strings.ToLower(class)) }

// userNameClass is UserNameClass for a lower-case name.
func userNameClass(c string) bool {
	if !strings.Contains(c, "user") && !strings.Contains(c, "poster") {
		return false // most names: each pattern below holds one of the two
	}
	if strings.Contains(c, "username") || strings.Contains(c, "user-name") || strings.Contains(c, "user_name") {
		return true
	}
	return (strings.Contains(c, "postuser") || strings.Contains(c, "poster")) && !strings.Contains(c, "avatar")
}

// AuthorSeparators split a list of authors written as one string.
var AuthorSeparators = []string{" and ", " & ", ", ", "; ", " und ", " y ", " et ", " e ", " en ", " och ", " i "}

// authorNoise are words that mark a byline fragment as something other than
// a name ("Staff Writer", "Updated", "Reporter").
var authorNoise = []string{
	"staff writer", "staff reporter", "correspondent", "contributor", "editor",
	"reporter", "columnist", "updated", "published", "posted", "photographer",
	"senior writer", "writer", "associated press writer",
}

// authorLabels are texts that label a byline, link to an author's page or
// sit in a post's header rather than name anyone ("By", "Author", "Follow
// author", "View all posts", "Log in").
var authorLabels = []string{
	"by", "author", "authors", "written by", "posted by", "follow", "follow author",
	"view all posts", "view profile", "more by", "about the author", "contributor",
	"guest author", "unknown", "posts", "profile", "bio", "read more",
	"today", "yesterday", "last", "name", "email", "website", "comment", "reply", "find", "log in", "login", "sign in", "sign up", "register", "subscribe", "delete cookies",
	"share", "edit", "quote", "message", "pm", "send message", "view", "more",
}

// AuthorLabel reports whether s is a byline label or a day or month name,
// not a name ("By", "Follow Author", "Tuesday").
func AuthorLabel(s string) bool {
	n := NormalizePhrase(s)
	for _, l := range authorLabels {
		if n == l {
			return true
		}
	}
	for _, p := range AuthorPrefixes {
		if n == p {
			return true
		}
	}
	return DateWord(n)
}

// dayNames are weekday names and abbreviations in the languages pith knows.
var dayNames = func() map[string]bool {
	m := make(map[string]bool)
	for _, d := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
		mon tue tues wed thu thur thurs fri sat sun
		montag dienstag mittwoch donnerstag freitag samstag sonntag
		lundi mardi mercredi jeudi vendredi samedi dimanche
		lunes martes miércoles jueves viernes sábado domingo
		lunedì martedì mercoledì giovedì venerdì sabato domenica
		maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`) {
		m[d] = true
	}
	return m
}()

// DateWord reports whether a word is a day or month name ("Friday",
// "Sept.", "März").
func DateWord(s string) bool {
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	return dayNames[s] || MonthNumbers[s] > 0
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

// AuthorPrefixes introduce the names in a byline ("By Jane Doe", "Written
// by: Jane Doe", "Von Max Muster"); they are cut before the names are read.
// Longer prefixes come first so that "written by" wins over "by".
var AuthorPrefixes = []string{
	"view all posts by", "see all posts by", "all posts by", "more posts by", "more articles by",
	"more stories by", "posts by", "articles by", "stories by",
	"written and reported by", "written by", "reported by", "posted by", "published by",
	"authored by", "words by", "text by", "story by", "article by", "recipe by", "photos and text by",
	"reporting by", "by", "authors", "author", "words:", "text:",
	"geschrieben von", "verfasst von", "von", "autor", "autorin", "escrito por", "por",
	"écrit par", "par", "auteur", "scritto da", "di", "autore", "geschreven door", "door",
	"skrevet af", "skrivet av", "av", "af", "autorstwo",
}

// authorPrefixIndex holds AuthorPrefixes by their first byte, in table
// order, for HasAuthorPrefix.
var authorPrefixIndex = func() (idx [256][]string) {
	for _, p := range AuthorPrefixes {
		idx[p[0]] = append(idx[p[0]], p)
	}
	return idx
}()

// HasAuthorPrefix reports whether s starts with one of AuthorPrefixes,
// ignoring case: a quick test run on every short text of a page.
func HasAuthorPrefix(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, p := range authorPrefixIndex[c] {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// AmbiguousAuthorPrefixes are byline prefixes of other languages that are
// also English words; free text on English pages does not start a byline
// with them.
var AmbiguousAuthorPrefixes = map[string]bool{
	"door": true, "par": true, "di": true, "av": true, "af": true, "por": true, "von": true,
}

// AuthorPageSegments are URL path segments of author and profile pages: a
// link to one inside a byline holds an author's name.
var AuthorPageSegments = map[string]bool{
	"author": true, "authors": true, "autor": true, "autoren": true, "auteur": true,
	"people": true, "person": true, "staff": true, "profile": true, "profiles": true,
	"user": true, "users": true, "u": true, "members": true, "member": true,
	"writer": true, "writers": true, "contributor": true, "contributors": true,
	"journalist": true, "journalists": true, "reporter": true, "reporters": true,
	"columnist": true, "columnists": true, "by": true, "team": true, "experts": true,
	"expert": true, "bio": true, "redaktion": true, "redacteur": true,
}

// AccountPages are the path segments after "/user/" or "/members/" that
// lead to account actions, not to a person's page.
var AccountPages = map[string]bool{
	"login": true, "logout": true, "signin": true, "sign-in": true, "signup": true,
	"sign-up": true, "register": true, "registration": true, "password": true,
	"account": true, "settings": true, "edit": true, "new": true, "lost-password": true,
}

// UpdatedWords mark a date as a revision rather than the first
// publication ("Updated", "Last modified", "Aktualisiert").
var UpdatedWords = []string{
	"updated", "update", "modified", "revised", "edited", "last reviewed",
	"aktualisiert", "geändert", "actualizado", "actualización", "mis à jour",
	"modifié", "aggiornato", "bijgewerkt", "atualizado", "uppdaterad", "opdateret",
}

// notPublicationWords label dates that are not the article's: a member's
// join date, a company's founding, a deadline ("Joined: Jul 24, 2017").
var notPublicationWords = []string{
	"joined", "join date", "registered", "member since", "founded", "last seen",
	"last visit", "last active", "last login", "birthday", "born", "expires", "expiry",
	"deadline", "valid until", "mitglied seit", "registriert", "inscrit", "miembro desde",
}

// NotPublication reports whether a date's label marks it as some other
// date than the article's (a member's join date, a deadline).
func NotPublication(label string) bool {
	label = strings.ToLower(label)
	for _, w := range notPublicationWords {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// todayTokens and dateTokens, together in one class or id value, mark the
// widget that shows the current date in a page's header ("todays-date",
// "the-date-today"): the day the page was served, not the article's.
var (
	todayTokens = map[string]bool{"today": true, "todays": true, "heute": true, "aujourdhui": true, "hoy": true, "oggi": true}
	dateTokens  = map[string]bool{"date": true, "datum": true, "fecha": true}
)

// TodayDate reports whether a class or id value marks the current-date
// widget of a page's header.
func TodayDate(attr string) bool {
	today, date := false, false
	eachNameWord(attr, false, func(w []byte) bool {
		today = today || todayTokens[string(w)]
		date = date || dateTokens[string(w)]
		return false
	})
	return today && date
}

// originalWords label the date an article first appeared, when the page
// also shows or declares the date of a later edition.
var originalWords = []string{
	"originally published", "first published", "originally posted", "first posted",
	"ursprünglich veröffentlicht", "erstmals veröffentlicht", "publié initialement",
	"initialement publié", "publicado originalmente", "originalmente publicado",
	"pubblicato originariamente", "oorspronkelijk gepubliceerd",
}

// OriginalPublication reports whether a date's label marks it as the
// article's first publication ("This article was originally published on").
func OriginalPublication(label string) bool { return OriginalPublicationAt(label) >= 0 }

// OriginalPublicationAt returns the byte offset in s just past the first
// phrase that labels a first publication, or -1.
func OriginalPublicationAt(s string) int {
	if !containsFoldASCII(s, "publi") && !containsFoldASCII(s, "pubbl") && !containsFoldASCII(s, "posted") && !containsFoldASCII(s, "ffentlicht") {
		return -1 // every phrase has one of these: most texts are spared the folding
	}
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return -1 // case folding changed the length: offsets would not match
	}
	for _, w := range originalWords {
		if i := strings.Index(lower, w); i >= 0 {
			return i + len(w)
		}
	}
	return -1
}

// containsFoldASCII reports whether s contains the lower-case ASCII word w
// in any letter case, without allocating.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for ; j < len(w); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[j] {
				break
			}
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// Updated reports whether a date's label or markup marks it as a revision.
func Updated(s string) bool {
	s = strings.ToLower(s)
	for _, w := range UpdatedWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// MonthNumbers map month names and abbreviations in the languages pith
// knows to their numbers, for reading dates written out in words.
var MonthNumbers = func() map[string]int {
	names := [12]string{
		"january jan januar jänner janvier enero gennaio janeiro januari janv ene genn",
		"february feb februar février fevrier febrero febbraio fevereiro februari févr fév",
		"march mar märz maerz mars marzo março maart mär",
		"april apr avril abril aprile abr avr",
		"may mai mayo maggio maio mei",
		"june jun juni juin junio giugno junho",
		"july jul juli juillet julio luglio julho juil",
		"august aug août aout agosto augustus",
		"september sep sept septembre septiembre setiembre settembre setembro",
		"october oct oktober octobre octubre ottobre outubro okt ott",
		"november nov novembre noviembre novembro",
		"december dec dezember décembre decembre diciembre dicembre dezembro dic dez déc",
	}
	m := make(map[string]int)
	for i, list := range names {
		for _, n := range strings.Fields(list) {
			m[n] = i + 1
		}
	}
	return m
}()

// authorClassWords mark a class name as an author or byline element
// ("byline", "article-author", "c-byline__name").
var authorClassWords = []string{"byline", "author", "writer", "contributor"}

// authorClassExclusions mark author-related elements that hold no name:
// biographies, avatars and photos.
var authorClassExclusions = []string{"authoriz", "bio", "avatar", "image", "img", "photo", "description", "about", "box", "social", "follow", "more", "list", "info", "card", "wrapper", "container", "profile", "pic"}

// AuthorClass reports whether one class name marks an element holding an
// author's name.
func AuthorClass(name string) bool { return authorClass(strings.ToLower(name)) }

// authorClass is AuthorClass for a lower-case name.
func authorClass(name string) bool {
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
	if strings.HasSuffix(name, "name") && !strings.Contains(name, "authoriz") {
		return true // "author-box__name": the name part of an author box
	}
	for _, x := range authorClassExclusions {
		if strings.Contains(name, x) {
			return false
		}
	}
	return true
}
