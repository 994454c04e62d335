package heuristics

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind names what a boilerplate signal says an element is.
type Kind uint8

// The kinds of page chrome pith recognises. None means no boilerplate signal.
const (
	None       Kind = iota
	Share           // share toolbars, social links, "copy link"
	Audio           // audio players, text-to-speech widgets
	Ad              // ad slots, sponsored units, ad labels
	Related         // related stories, recirculation rails, promos, teasers
	Newsletter      // newsletter and subscription boxes, paywall prompts
	Comments        // reader comments and reply forms
	Breadcrumb      // breadcrumb trails
	Consent         // cookie and consent banners
	Navigation      // menus, navigation bars, pagination, skip links
	Footer          // page footers, copyright lines
	Sidebar         // sidebars, rails and widget areas
	Byline          // bylines, datelines, reading time, post metadata
	Caption         // image captions and photo credits
	Tags            // tag and topic lists
	Tools           // print/font-size/bookmark toolbars and buttons
	Hidden          // screen-reader-only and visually hidden text
	Header          // page headers and mastheads
	Modal           // popups, overlays, dialogs
	AuthorBio       // "about the author" boxes and contributor biographies
	Form            // forms: sign-up, contact and quote-request fields
	Gallery         // photo galleries, slideshows and carousels with their captions
)

var kindNames = [...]string{
	None: "none", Share: "share", Audio: "audio", Ad: "ad", Related: "related",
	Newsletter: "newsletter", Comments: "comments", Breadcrumb: "breadcrumb",
	Consent: "consent", Navigation: "navigation", Footer: "footer",
	Sidebar: "sidebar", Byline: "byline", Caption: "caption", Tags: "tags",
	Tools: "tools", Hidden: "hidden", Header: "header", Modal: "modal",
	AuthorBio: "author-bio", Form: "form", Gallery: "gallery",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + string(rune('0'+k)) + ")"
}

// Strong reports whether a signal of this kind alone is enough to drop an
// element that does not hold the page's main text. Weak kinds (headers,
// bylines, captions, sidebars) only lower a block's score or are dropped by
// the final clean inside the selected content.
func (k Kind) Strong() bool {
	switch k {
	case Share, Audio, Ad, Related, Newsletter, Comments, Breadcrumb, Consent, AuthorBio, Form,
		Navigation, Footer, Tools, Hidden, Modal:
		return true
	}
	return false
}

// YieldsToProse reports whether a section of several paragraphs of prose
// keeps its content despite a signal of this kind. Menus, toolbars, widgets
// and ad slots are never prose, so such a name is a misnomer ("jump-section",
// data-ad-index on the article's own sections); comments, promos, footers
// and sign-up boxes can be long prose and are dropped whatever their length.
func (k Kind) YieldsToProse() bool {
	switch k {
	case Navigation, Tools, Breadcrumb, Share, Audio, Header, Sidebar, Hidden, Byline, Caption, Tags, Ad, Form:
		return true
	}
	return false
}

// boilerplateTokens maps whole class/id tokens to the chrome they mark.
// Tokens come from splitting attribute values on punctuation and camelCase,
// so "c-share-toolbar__item" and "shareToolbar" both yield "share".
var boilerplateTokens = map[string]Kind{
	// share menus and social links
	"share": Share, "shares": Share, "sharing": Share, "social": Share, "sociallinks": Share,
	"addthis": Share, "sharethis": Share, "shariff": Share, "sharedaddy": Share,
	"addtoany": Share, "a2a": Share, "socials": Share, "copylink": Share,
	// share menus named in other languages (de, fr, es, pt, it, nl, pl, tr, zh pinyin)
	"teilen": Share, "partage": Share, "partager": Share, "compartir": Share,
	"compartilhar": Share, "condividi": Share, "delen": Share, "udostepnij": Share,
	"paylas": Share, "fenxiang": Share,
	// audio players and read-aloud widgets
	"audio": Audio, "tts": Audio, "readspeaker": Audio, "listen": Audio,
	"speechify": Audio, "podcast": Audio, "playback": Audio, "video": Audio, "videos": Audio,
	// ad slots
	"ad": Ad, "ads": Ad, "adv": Ad, "advert": Ad, "adverts": Ad, "advertisement": Ad,
	"advertising": Ad, "advertorial": Ad, "dfp": Ad, "gpt": Ad, "adsense": Ad,
	"adsbygoogle": Ad, "sponsor": Ad, "sponsored": Ad, "sponsors": Ad, "taboola": Ad,
	"outbrain": Ad, "doubleclick": Ad, "adslot": Ad, "adunit": Ad, "adwrapper": Ad,
	"adcontainer": Ad, "adbox": Ad, "adzone": Ad, "adspace": Ad, "adholder": Ad,
	"adbanner": Ad, "adblock": Ad, "admanager": Ad, "ezoic": Ad, "mpu": Ad,
	"leaderboard": Ad, "skyscraper": Ad, "billboard": Ad, "commercial": Ad,
	"dianomi": Ad, "nativead": Ad, "affiliate": Ad, "promoted": Ad,
	// ad slots named in other languages (de, es, fr, it, pt, nl, pl/ru, tr, zh pinyin)
	"werbung": Ad, "anzeige": Ad, "publicidad": Ad, "publicite": Ad,
	"anuncio": Ad, "anuncios": Ad, "pubblicita": Ad, "publicidade": Ad, "advertentie": Ad,
	"reklama": Ad, "reklam": Ad, "guanggao": Ad,
	// recirculation: related stories, promos, teasers, "more" rails
	"related": Related, "recirc": Related, "recirculation": Related, "promo": Related,
	"promos": Related, "teaser": Related, "teasers": Related, "recommended": Related,
	"recommendation": Related, "recommendations": Related, "trending": Related,
	"popular": Related, "mostread": Related, "mostpopular": Related, "morestories": Related,
	"readnext": Related, "upnext": Related, "enhancement": Related,
	"relatedposts": Related, "relatedlinks": Related, "relatedarticles": Related,
	"yarpp": Related, "jp-relatedposts": Related, "crp": Related, "suggested": Related,
	"suggestions": Related, "morelikethis": Related, "outbound": Related,
	// recirculation named in other languages (de, es/pt, it, nl, pl, tr, zh and ja
	// romanised: xiangguan, tuijian, kanren, osusume)
	"empfehlungen": Related, "relacionados": Related, "relacionadas": Related,
	"correlati": Related, "gerelateerd": Related, "powiazane": Related, "ilgili": Related,
	"xiangguan": Related, "tuijian": Related, "kanren": Related, "osusume": Related,
	// newsletter, subscription and paywall prompts
	"newsletter": Newsletter, "newsletters": Newsletter, "subscribe": Newsletter,
	"subscription": Newsletter, "signup": Newsletter, "optin": Newsletter,
	"mailchimp": Newsletter, "mc4wp": Newsletter, "paywall": Newsletter,
	"regwall": Newsletter, "piano": Newsletter, "tinypass": Newsletter, "upsell": Newsletter,
	// reader comments
	"comment": Comments, "comments": Comments, "disqus": Comments, "respond": Comments,
	"commentlist": Comments, "replies": Comments, "discussion": Comments,
	"commentform": Comments, "coral": Comments,
	// reader comments named in other languages (de, nl, pl; fr "commentaires"
	// and it "commenti" match the "comment" prefix). Not es/pt "comentarios",
	// tr "yorumlar" or zh "pinglun": those words also name a product's
	// customer reviews, which are content
	"kommentare": Comments, "kommentar": Comments, "reacties": Comments, "komentarze": Comments,
	// breadcrumbs
	"breadcrumb": Breadcrumb, "breadcrumbs": Breadcrumb, "crumbs": Breadcrumb, "crumb": Breadcrumb,
	// breadcrumbs named in other languages (fr "fil d'Ariane", de, es "migas de pan")
	"ariane": Breadcrumb, "filariane": Breadcrumb, "brotkrumen": Breadcrumb, "migas": Breadcrumb,
	// cookie and consent banners
	"cookie": Consent, "cookies": Consent, "consent": Consent, "gdpr": Consent,
	"onetrust": Consent, "cookiebot": Consent, "ccpa": Consent,
	// navigation
	"nav": Navigation, "navbar": Navigation, "navigation": Navigation, "menu": Navigation,
	"menubar": Navigation, "submenu": Navigation, "megamenu": Navigation,
	"pagination": Navigation, "pager": Navigation, "skip": Navigation, "skiplink": Navigation,
	"hamburger": Navigation, "offcanvas": Navigation, "drawer": Navigation,
	"toc": Navigation,
	// footers
	"footer": Footer, "colophon": Footer, "copyright": Footer, "foot": Footer,
	// sidebars
	"sidebar": Sidebar, "rail": Sidebar, "widget": Sidebar, "widgets": Sidebar,
	"aside": Sidebar, "complementary": Sidebar,
	// bylines, datelines, post metadata
	"byline": Byline, "bylines": Byline, "author": Byline, "authors": Byline,
	"dateline": Byline, "timestamp": Byline, "date": Byline, "published": Byline,
	"pubdate": Byline, "posted": Byline, "meta": Byline, "metadata": Byline,
	"readtime": Byline, "readingtime": Byline, "attribution": Byline, "contributor": Byline,
	// forum post furniture: poster profiles, avatars, signatures
	"profile": Byline, "postprofile": Byline, "userinfo": Byline, "usercard": Byline,
	"avatar": Byline, "signature": Byline, "postauthor": Byline, "userdetails": Byline,
	// a poster's statistics beside each post ("Joined", "Messages", "Location")
	"userextras": Byline, "userstats": Byline, "userfields": Byline, "posterinfo": Byline,
	"posterstats": Byline, "memberinfo": Byline, "memberstats": Byline, "authorstats": Byline,
	// author biographies
	"biography": AuthorBio, "authorbio": AuthorBio,
	"aboutauthor": AuthorBio, "abouttheauthor": AuthorBio, "authorbox": AuthorBio,
	"authorbiography": AuthorBio, "authordescription": AuthorBio,
	// photo galleries and slideshows embedded in a page
	"gallery": Gallery, "slideshow": Gallery, "carousel": Gallery, "photogallery": Gallery,
	"slider": Gallery, "swiper": Gallery,
	// small labels next to a title: version badges, "New", "Sponsored" pills
	"badge": Byline, "badges": Byline, "pill": Byline,
	// captions and credits
	"caption": Caption, "captions": Caption, "figcaption": Caption, "credit": Caption,
	"credits": Caption, "copyrights": Caption,
	// tag lists
	"tags": Tags, "tag": Tags, "taglist": Tags, "topics": Tags, "keywords": Tags,
	"categories": Tags,
	// tool bars; "read more" expanders are tools too, since the rest of the
	// story often sits inside them
	"readmore": Tools,
	"toolbar":  Tools, "tools": Tools, "print": Tools, "bookmark": Tools,
	"utility": Tools, "utilities": Tools,
	// visually hidden text, as compound names ("sr-only", "visually-hidden")
	"sronly": Hidden, "visuallyhidden": Hidden, "screenreadertext": Hidden, "screenreaderonly": Hidden,
	// headers and mastheads
	"header": Header, "masthead": Header, "topbar": Header, "banner": Header,
	// modal overlays
	"modal": Modal, "popup": Modal, "overlay": Modal, "lightbox": Modal,
	"dialog": Modal, "interstitial": Modal,
}

// boilerplatePrefixes catches compound tokens that run words together
// ("sharebar", "advertisement1", "newsletterSignup" lower-cased, "relatedstories").
var boilerplatePrefixes = []struct {
	prefix string
	kind   Kind
}{
	{"audioplayer", Audio}, {"videoplayer", Audio}, {"mediaplayer", Audio}, {"podcastplayer", Audio},
	{"sharebar", Share}, {"sharetool", Share}, {"shareicon", Share}, {"sharebutton", Share},
	{"sharelink", Share}, {"socialshar", Share}, {"socialmedia", Share}, {"socialicon", Share},
	{"socialbutton", Share}, {"sociallink", Share},
	{"advert", Ad}, {"adslot", Ad}, {"adunit", Ad}, {"adcontainer", Ad}, {"adwrap", Ad},
	{"sponsor", Ad}, {"adsense", Ad}, {"taboola", Ad}, {"outbrain", Ad},
	{"related", Related}, {"recirc", Related}, {"recommend", Related}, {"morestor", Related},
	{"morenews", Related}, {"morepost", Related}, {"morearticle", Related}, {"morefrom", Related},
	{"moreread", Related}, {"mostread", Related}, {"mostpopular", Related},
	{"newsletter", Newsletter}, {"subscri", Newsletter},
	{"comment", Comments}, {"disqus", Comments},
	{"breadcrumb", Breadcrumb},
	{"cookie", Consent}, {"consent", Consent},
	{"navbar", Navigation}, {"navigation", Navigation}, {"pagination", Navigation},
	{"footer", Footer},
	{"sidebar", Sidebar},
	{"byline", Byline}, {"authorbio", AuthorBio}, {"aboutauthor", AuthorBio}, {"abouttheauthor", AuthorBio},
	{"caption", Caption},
}

// contentTokens are class/id tokens of containers that hold the main text.
// A content token vetoes a weak boilerplate token on the same element
// ("article-meta" is metadata, but "article-body" is content).
var contentTokens = map[string]bool{
	"article": true, "articlebody": true, "content": true, "entry": true, "post": true,
	"story": true, "storybody": true, "text": true, "main": true, "body": true,
	"prose": true, "richtext": true, "hentry": true, "blog": true, "markdown": true,
	"postbody": true, "entrycontent": true, "postcontent": true, "maincontent": true,
	"article-body": true, "single": true, "page": true, "column": true, "doc": true,
	"docs": true, "documentation": true, "answer": true, "question": true,
	"message": true, "thread": true, "description": true, "product": true,
	"recipe": true, "instructions": true, "ingredients": true, "review": true,
}

// stateWords open class names that flag what an element holds, lacks or
// hides ("has-audio", "hasVideo", "with-sidebar", "no-ads",
// "hide-promo-ad" on each teaser of a grid): the element is the item
// or page that has the thing, never the thing itself.
var stateWords = map[string]bool{"has": true, "with": true, "no": true, "without": true, "hide": true}

// pairWords join two parts in one class name ("postBodyAndFooter",
// "header-and-content"): when one part is named content the element wraps
// both, so the name names no chrome. A heading's slug
// ("related-products-and-services") still names what it says.
var pairWords = map[string]bool{"and": true}

// stateSuffixes close class names that flag a state of the element
// ("subscription-eligible" on a product card, "comments-enabled",
// "menu-open"): the element is the thing in that state's context, never
// the named chrome itself.
var stateSuffixes = map[string]bool{
	"eligible": true, "enabled": true, "disabled": true, "active": true, "open": true,
	"opened": true, "closed": true, "visible": true, "loaded": true, "available": true,
}

// itemNouns name one item of a grid or list. A chrome word right after one
// names a part of the item ("card-footer"), not the page's chrome.
var itemNouns = map[string]bool{"card": true, "tile": true, "item": true}

// itemParts are the chrome words that, after an item noun, name a part of
// the item.
var itemParts = map[string]bool{"footer": true, "header": true, "foot": true}

// hiddenClasses are whole class names that hide an element from sighted
// readers ("sr-only" text such as "Opens in a new window"). Responsive
// utilities like "hidden-xs" or "d-none d-md-block" are deliberately absent:
// they hide content only on some screens.
var hiddenClasses = map[string]bool{
	"hidden": true, "hide": true, "is-hidden": true, "u-hidden": true,
	"sr-only": true, "sr-text": true, "visually-hidden": true, "visuallyhidden": true,
	"screen-reader-text": true, "screen-reader-only": true, "screenreader-only": true,
	"a11y-hidden": true, "assistive-text": true, "offscreen": true,
	"element-invisible": true, "invisible": true, "ally-hidden": true,
}

// HiddenClass reports whether a class attribute hides its element.
func HiddenClass(class string) bool {
	for class != "" {
		var name string
		name, class = NextField(class)
		if name != "" && isHiddenName(name) {
			return true
		}
	}
	return false
}

// NextField splits the first space-separated field off s, as strings.Fields
// does for ASCII white space, without allocating.
func NextField(s string) (field, rest string) {
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isASCIISpace(s[j]) {
		j++
	}
	return s[i:j], s[j:]
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// Signal is what the class, id, role and label tokens of one element say.
type Signal struct {
	// Kind is the boilerplate kind the tokens name, or None.
	Kind Kind
	// Content reports a content token ("article", "entry-content", ...).
	Content bool
	// Hidden reports a class name that hides its element from sighted
	// readers ("sr-only", "visually-hidden"): as HiddenClass, so that a
	// caller caching signals by value gets both from one lookup.
	Hidden bool
	// Author and UserName report a name that marks an author's name
	// (AuthorClass) or a forum post's user name (UserNameClass), for the
	// same reason.
	Author, UserName bool
}

// Weight is the signal's contribution to a container's score: positive for a
// content token, negative for a boilerplate one.
func (s Signal) Weight() int {
	w := 0
	if s.Content {
		w += ContentWeight
	}
	if s.Kind != None {
		w -= BoilerplateWeight
	}
	return w
}

// Merge combines two signals of the same element: a strong kind beats a weak
// one, and content is kept from either.
func (s Signal) Merge(o Signal) Signal {
	if o.Kind != None && (s.Kind == None || o.Kind.Strong() && !s.Kind.Strong()) {
		s.Kind = o.Kind
	}
	s.Content = s.Content || o.Content
	s.Hidden = s.Hidden || o.Hidden
	s.Author = s.Author || o.Author
	s.UserName = s.UserName || o.UserName
	return s
}

// Weights used by the block scorer.
const (
	// ContentWeight is added to the score of a container with a content token.
	ContentWeight = 25
	// BoilerplateWeight is subtracted from the score of a container with a
	// boilerplate token.
	BoilerplateWeight = 25
)

// maxSlugHyphens is the number of hyphens from which a class or id name is
// taken for a slug of prose rather than a component name.
const maxSlugHyphens = 4

// hyphenRuns counts the runs of hyphens in a name, so that BEM's "--"
// counts once.
func hyphenRuns(name string) int {
	n := 0
	prev := false
	for i := 0; i < len(name); i++ {
		h := name[i] == '-'
		if h && !prev {
			n++
		}
		prev = h
	}
	return n
}

// ClassifyAttr reads a class- or id-like attribute value and reports what it
// says. Each whitespace-separated name is split into words on punctuation and
// camelCase ("c-share-toolbar__item", "shareToolbar" give "share"); the
// words run together are tried too ("sr-only", "related-posts"). Within one
// name a strong boilerplate word wins; otherwise the last meaningful word
// decides between content and weak boilerplate, since compound names end in
// their head noun ("article-meta" is metadata, "meta-content" is content).
func ClassifyAttr(value string) Signal {
	var s Signal
	for value != "" {
		var name string
		name, value = NextField(value)
		if name != "" {
			s = s.Merge(ClassifyName(name))
		}
	}
	return s
}

// ClassifyName is ClassifyAttr for one whitespace-free name: ClassifyAttr
// merges its names' signals, so a caller may cache them name by name.
func ClassifyName(name string) Signal {
	var word, joined [64]byte
	s := classifyName(name, word[:0], joined[:0])
	s.Hidden = isHiddenName(name)
	lower := strings.ToLower(name)
	s.Author = authorClass(lower)
	s.UserName = userNameClass(lower)
	return s
}

// isHiddenName reports a class name in hiddenClasses, in any case, without
// allocating.
func isHiddenName(name string) bool {
	var buf [32]byte
	if len(name) > len(buf) {
		return false // longer than any hidden class name
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return hiddenClasses[string(buf[:len(name)])]
}

func classifyName(name string, buf, joined []byte) Signal {
	var s Signal
	if hyphenRuns(name) >= maxSlugHyphens {
		// "1-heading-how-popular-are-meditation": an anchor made from a
		// heading's words, not a component name
		return s
	}
	words := 0
	last := None
	lastContent := false
	prevItem := false
	// ends records where each word ends in joined, to try word pairs
	var endsArr [16]int
	ends := endsArr[:0]
	state := false     // the name is a state flag ("has-audio"): it names nothing
	lastState := false // the last word is a state adjective: the name is a flag too
	pair := false      // a word joins two parts ("body-and-footer"): the name is a wrapper
	afterPair := false // the previous word was a pair word
	prevContentWord := false
	word := func(w []byte) {
		if len(w) == 0 || state {
			return
		}
		if words == 0 && stateWords[string(w)] {
			state = true
			return
		}
		if words > 0 && pairWords[string(w)] {
			// "postBodyAndFooter": a wrapper of both parts, when one
			// of them is named content
			pair = prevContentWord
			afterPair = true
			return
		}
		cw := tokens[string(w)].content
		if afterPair && cw {
			pair = true
		}
		afterPair = false
		prevContentWord = cw
		words++
		lastState = stateSuffixes[string(w)]
		ends = append(ends, len(joined))
		e := tokens[string(w)]
		afterItem := prevItem
		prevItem = e.itemNoun
		if afterItem && e.itemPart {
			// "card-footer", "CustomerCardFooter": the end of one item
			// of a grid, not the page's footer
			return
		}
		if e.content {
			lastContent, last = true, None
			return
		}
		if k := e.kindOf(w); k != None {
			if k.Strong() {
				s = s.Merge(Signal{Kind: k})
			}
			last, lastContent = k, false
		}
	}
	// split into words: runs of letters/digits, and camelCase humps
	start := -1
	prevLower := false
	for i := 0; i < len(name); {
		if c := name[i]; c < utf8.RuneSelf {
			// ASCII, as most names are: the same steps without the
			// Unicode tables
			i++
			lower, upper, digit := 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9'
			if !lower && !upper && !digit {
				if start >= 0 {
					word(buf)
					buf = buf[:0]
					start = -1
				}
				prevLower = false
				continue
			}
			if upper {
				if prevLower && start >= 0 {
					word(buf)
					buf = buf[:0]
				}
				c += 'a' - 'A'
			}
			if start < 0 {
				start = i
			}
			prevLower = !upper
			buf = append(buf, c)
			joined = append(joined, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !isWord {
			if start >= 0 {
				word(buf)
				buf = buf[:0]
				start = -1
			}
			prevLower = false
			continue
		}
		if unicode.IsUpper(r) && prevLower && start >= 0 {
			word(buf)
			buf = buf[:0]
		}
		if start < 0 {
			start = i
		}
		prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		lr := unicode.ToLower(r)
		buf = utf8.AppendRune(buf, lr)
		joined = utf8.AppendRune(joined, lr)
	}
	if start >= 0 {
		word(buf)
	}
	if state || lastState || pair && words >= 2 {
		return Signal{}
	}
	if words > 1 && len(joined) > 0 {
		if e := tokens[string(joined)]; e.content {
			lastContent, last = true, None
		} else if k := e.kindOf(joined); k != None {
			s = s.Merge(Signal{Kind: k})
			if !k.Strong() {
				last, lastContent = k, false
			}
		}
	}
	// adjacent words run together: "span-reading-time" holds "readingtime"
	for i := 1; i < len(ends) && words > 2; i++ {
		start := 0
		if i >= 2 {
			start = ends[i-2]
		}
		if k := tokenKind(joined[start:ends[i]]); k != None {
			s = s.Merge(Signal{Kind: k})
			if !k.Strong() && last == None && !lastContent {
				last = k
			}
		}
	}
	if s.Kind == None {
		s.Kind = last
	}
	s.Content = lastContent && !s.Kind.Strong()
	return s
}

// prefixesByByte indexes boilerplatePrefixes by their first byte, in table
// order, so that a word is compared only with the prefixes it may start with.
var prefixesByByte = func() (idx [256][]int) {
	for i, p := range boilerplatePrefixes {
		idx[p.prefix[0]] = append(idx[p.prefix[0]], i)
	}
	return idx
}()

// tokenEntry is what the token tables say of one word: whether it is in
// contentTokens, and whether and as what it is in boilerplateTokens.
type tokenEntry struct {
	content     bool
	boilerplate bool
	kind        Kind
	itemNoun    bool // in itemNouns
	itemPart    bool // in itemParts
}

// tokens merges contentTokens and boilerplateTokens, so that classifyName
// looks a word up once; most words are in neither.
var tokens = func() map[string]tokenEntry {
	m := make(map[string]tokenEntry, len(contentTokens)+len(boilerplateTokens))
	for t := range contentTokens {
		m[t] = tokenEntry{content: true}
	}
	for t, k := range boilerplateTokens {
		e := m[t]
		e.boilerplate, e.kind = true, k
		m[t] = e
	}
	for t := range itemNouns {
		e := m[t]
		e.itemNoun = true
		m[t] = e
	}
	for t := range itemParts {
		e := m[t]
		e.itemPart = true
		m[t] = e
	}
	return m
}()

// kindOf is tokenKind(t) for a word whose entry in tokens is e.
func (e tokenEntry) kindOf(t []byte) Kind {
	if e.boilerplate {
		return e.kind
	}
	return prefixKind(t)
}

func tokenKind(t []byte) Kind {
	if k, ok := boilerplateTokens[string(t)]; ok {
		return k
	}
	return prefixKind(t)
}

// prefixKind is tokenKind for a word that is not in boilerplateTokens: a
// boilerplate prefix it starts with, or a boilerplate token it ends in
// digits after.
func prefixKind(t []byte) Kind {
	if len(t) < 5 {
		return None
	}
	for _, i := range prefixesByByte[t[0]] {
		p := boilerplatePrefixes[i]
		if len(t) >= len(p.prefix) && string(t[:len(p.prefix)]) == p.prefix {
			return p.kind
		}
	}
	// trailing digits: "advertisement1", "sidebar2"
	if i := len(t) - 1; t[i] >= '0' && t[i] <= '9' {
		for i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
			i--
		}
		if k, ok := boilerplateTokens[string(t[:i])]; ok {
			return k
		}
	}
	return None
}

// roleKinds maps ARIA roles to the chrome they mark.
var roleKinds = map[string]Kind{
	"navigation": Navigation, "banner": Header, "contentinfo": Footer,
	"complementary": Sidebar, "search": Navigation, "menu": Navigation,
	"menubar": Navigation, "dialog": Modal, "alertdialog": Modal, "toolbar": Tools,
	"tablist": Navigation,
}

// contentRoles are ARIA roles of the main content.
var contentRoles = map[string]bool{"main": true, "article": true}

// RoleKind reports the boilerplate kind of an ARIA role, and whether the role
// marks main content.
func RoleKind(role string) (Kind, bool) {
	role = strings.ToLower(strings.TrimSpace(role))
	return roleKinds[role], contentRoles[role]
}

// adAttributePrefixes are data-* attribute names that only ad slots carry
// ("data-ad-slot", "data-google-query-id", "data-dfp-id").
var adAttributePrefixes = []string{"data-ad-", "data-ad", "data-adslot", "data-adunit", "data-google-query-id", "data-dfp", "data-gpt", "data-native-ad", "data-ez-"}

// componentAttributes are data-* attributes whose values name the component
// an element is, and are read like class names ("data-component=share-bar").
var componentAttributes = map[string]bool{
	"data-component": true, "data-module": true, "data-type": true, "data-testid": true,
	"data-test-id": true, "data-qa": true, "data-role": true, "data-block-type": true,
	"data-widget": true, "data-ui": true, "data-element": true, "data-content-type": true,
	"data-component-name": true, "data-module-name": true, "data-cy": true,
	"data-block": true, "data-layout": true, "data-region": true, "data-zone": true,
	"data-placement": true, "data-name": true, "data-section": false,
}

// DataAttrKind reports the boilerplate kind a data-* attribute's name alone
// marks (ad slots), or None.
func DataAttrKind(key string) Kind {
	key = strings.ToLower(key)
	for _, p := range adAttributePrefixes {
		if strings.HasPrefix(key, p) {
			// "data-add-to-cart", "data-address" are not ads
			rest := key[len(p):]
			if p == "data-ad" && rest != "" && rest[0] != '-' && rest[0] != '_' &&
				!strings.HasPrefix(rest, "slot") && !strings.HasPrefix(rest, "unit") && !strings.HasPrefix(rest, "name") {
				continue
			}
			return Ad
		}
	}
	return None
}

// DataAttrNamesComponent reports whether a data-* attribute's value names
// the element's component and should be classified like a class name.
func DataAttrNamesComponent(key string) bool {
	return componentAttributes[strings.ToLower(key)]
}

// reviewWords name customer reviews of a product, in the languages of the
// phrase tables: "reviews", "product-reviews__item", "Bewertungen",
// "avis-clients", "opiniones", "recensioni", "отзывы" (transliterated
// "otzyvy"), "yorumlar". On a product page they mark what customers wrote,
// not the seller's description.
var reviewWords = map[string]bool{
	"review": true, "reviews": true, "bewertung": true, "bewertungen": true,
	"rezension": true, "rezensionen": true, "avis": true, "opiniones": true,
	"resenas": true, "recensioni": true, "recensione": true, "avaliacoes": true,
	"beoordelingen": true, "recensies": true, "opinie": true, "otzyvy": true,
	"otzyv": true, "yorumlar": true,
}

// ReviewName reports whether a class- or id-like attribute value names
// customer reviews: one of its words (eachNameWord, camelCase split) is in
// reviewWords ("product-review__body", "customerReviews").
func ReviewName(value string) bool {
	return eachNameWord(value, true, func(w []byte) bool { return reviewWords[string(w)] })
}

// codeLineWords name the element a syntax highlighter wraps each line of a
// code block in ("line", "token-line", "code-line", "codeLine").
var codeLineWords = map[string]bool{"line": true}

// CodeLineName reports whether a class value names one line of a code
// block.
func CodeLineName(value string) bool {
	return eachNameWord(value, true, func(w []byte) bool { return codeLineWords[string(w)] })
}

// maxNameWord is the longest word eachNameWord passes on; no table word is
// longer.
const maxNameWord = 24

// eachNameWord calls fn with each word of a class- or id-like value,
// lower-cased: the runs of ASCII letters, also split where a lower-case
// letter meets an upper-case one when camel is set. Longer words than
// maxNameWord are skipped. It stops at the first word for which fn
// returns true, and reports whether there was one. It does not allocate.
func eachNameWord(value string, camel bool, fn func(w []byte) bool) bool {
	var buf [maxNameWord]byte
	n := 0 // the current word's length, counted past len(buf)
	word := func() bool {
		hit := n > 0 && n <= len(buf) && fn(buf[:n])
		n = 0
		return hit
	}
	prevLower := false
	for i := 0; i < len(value); i++ {
		c := value[i]
		switch {
		case 'a' <= c && c <= 'z':
			prevLower = true
		case 'A' <= c && c <= 'Z':
			if camel && prevLower && word() {
				return true
			}
			c += 'a' - 'A'
			prevLower = false
		default:
			prevLower = false
			if word() {
				return true
			}
			continue
		}
		if n < len(buf) {
			buf[n] = c
		}
		n++
	}
	return word()
}
