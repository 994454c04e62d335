package heuristics

import (
	"strings"
	"testing"
)

func TestClassifyAttr(t *testing.T) {
	tests := []struct {
		value   string
		kind    Kind
		content bool
	}{
		// nothing to say
		{"", None, false},
		{"   ", None, false},
		{"foo bar", None, false},
		{"col-md-8 row", None, false},
		{"x", None, false},

		// plain tokens, case-folded
		{"share", Share, false},
		{"Share", Share, false},
		{"SIDEBAR", Sidebar, false},
		{"advertisement", Ad, false},
		{"comments", Comments, false},
		{"breadcrumbs", Breadcrumb, false},
		{"cookie-banner", Consent, false},
		{"newsletter", Newsletter, false},
		{"modal", Modal, false},
		{"footer", Footer, false},
		{"nav", Navigation, false},
		{"byline", Byline, false},
		{"caption", Caption, false},
		{"tags", Tags, false},
		{"toolbar", Tools, false},
		{"masthead", Header, false},

		// a part of one item of a grid is not the page's chrome
		{"card-footer", None, false},
		{"CustomerCardFooter", None, false},
		{"item-header", None, false},
		{"site-footer", Footer, false},

		// a state flag names what the element has, not what it is
		{"has-audio", None, false},
		{"hasVideo", None, false},
		{"with-sidebar", None, false},
		{"no-ads", None, false},
		{"hide-promo-ad", None, false},
		{"item has-image has-audio", None, false},
		{"hash-audio", Audio, false},
		{"card-wrapper subscription-eligible", None, false},
		{"comments-enabled", None, false},
		{"menuOpen", None, false},
		{"open-menu", Navigation, false},
		{"entry-footer", Footer, false},

		// a name joining a content part and a chrome part wraps both
		{"section postBodyAndFooter", None, false},
		{"header-and-content", None, false},
		{"related-products-and-services", Related, false},
		{"share-and-comments", Share, false},

		// typography utilities are not a font-size tool
		{"font-size__md", None, false},
		{"font-size-h1", None, false},
		{"article-tools", Tools, false},
		{"related", Related, false},
		{"tts", Audio, false},

		// BEM and other punctuation
		{"c-share-toolbar__item", Share, false},
		{"article__share", Share, false},
		{"block--related_posts", Related, false},
		{"js-ad.slot", Ad, false},
		{"site:footer", Footer, false},

		// camelCase
		{"shareToolbar", Share, false},
		{"relatedStories", Related, false},
		{"newsletterSignup", Newsletter, false},
		{"articleBody", None, true},
		{"SocialLinks", Share, false},

		// compound words run together
		{"sharebar", Share, false},
		{"sharebuttons", Share, false},
		{"socialmediaicons", Share, false},
		{"advertisement1", Ad, false},
		{"adslot-top", Ad, false},
		{"relatedstories", Related, false},
		{"morestories", Related, false},
		{"newslettersignup", Newsletter, false},
		{"commentlist", Comments, false},
		{"sidebar2", Sidebar, false},
		{"breadcrumbtrail", Breadcrumb, false},

		// words joined back together
		{"related-posts", Related, false},
		{"most-read", Related, false},
		{"ad-slot", Ad, false},
		{"read-more", Tools, false},
		{"social-links", Share, false},

		// short tokens must be whole words, not prefixes
		{"adapter", None, false},
		{"header-adaptive", Header, false},
		{"download", None, false},
		{"shadow", None, false},
		{"address", None, false},
		{"navy", None, false},
		{"metal", None, false},
		{"padding", None, false},
		{"publication", None, false},
		{"tagline", None, false},
		{"footnote", None, false},
		{"commentary", Comments, false},

		// slugs of prose with many hyphens are ignored
		{"1-heading-how-popular-are-meditation", None, false},
		{"how-to-share-your-screen-on-zoom", None, false},
		{"why-ads-are-everywhere-now", None, false},
		{"share-this-page", Share, false},

		// content tokens
		{"article", None, true},
		{"entry-content", None, true},
		{"post-body", None, true},
		{"story-body", None, true},
		{"main-content", None, true},
		{"article-body", None, true},
		{"articleBody", None, true},
		{"hentry", None, true},
		{"prose", None, true},

		// content vs weak kinds: the last word decides
		{"article-meta", Byline, false},
		{"meta-content", None, true},
		{"post-author", Byline, false},
		{"author-content", None, true},
		{"entry-caption", Caption, false},
		{"article-header", Header, false},
		{"header-content", None, true},
		{"post-tags", Tags, false},
		{"entry-date", Byline, false},
		{"article-sidebar", Sidebar, false},
		// a poster's statistics beside a forum post
		{"post-userExtras", Byline, true},
		{"post-user-stats", Byline, true},
		{"member-info", Byline, false},

		// a strong kind wins over content
		{"article-share", Share, false},
		{"share-article", Share, false},
		{"article-comments", Comments, false},
		{"comment-content", Comments, false},
		// across names content is kept from either (see Signal.Merge)
		{"entry-content related", Related, true},
		{"post-body ad", Ad, true},
		{"related-article", Related, false},
		{"content-footer", Footer, false},

		// several names: strong beats weak, content kept from any name
		{"byline share", Share, false},
		{"share byline", Share, false},
		{"entry-content byline", Byline, true},
		{"byline entry-content", Byline, true},
		{"caption credit", Caption, false},
	}
	for _, tt := range tests {
		got := ClassifyAttr(tt.value)
		if got.Kind != tt.kind || got.Content != tt.content {
			t.Errorf("ClassifyAttr(%q) = {%v, content %v}, want {%v, content %v}", tt.value, got.Kind, got.Content, tt.kind, tt.content)
		}
	}
}

// TestClassifyAttrMultilingual: class names written in other languages
// than English, one case per language and kind at least.
func TestClassifyAttrMultilingual(t *testing.T) {
	tests := []struct {
		lang, value string
		kind        Kind
	}{
		// share
		{"de", "artikel-teilen", Share},
		{"fr", "boutons-partage", Share},
		{"fr", "partager", Share},
		{"es", "botones-compartir", Share},
		{"pt", "compartilhar", Share},
		{"it", "condividi-box", Share},
		{"nl", "delen", Share},
		{"pl", "udostepnij", Share},
		{"tr", "paylas-butonlari", Share},
		{"zh", "fenxiang", Share},
		// ads
		{"de", "werbung-top", Ad},
		{"de", "anzeige", Ad},
		{"fr", "bloc-publicite", Ad},
		{"es", "anuncio", Ad},
		{"es", "anuncios-laterales", Ad},
		{"es", "publicidad", Ad},
		{"it", "pubblicita", Ad},
		{"pt", "publicidade", Ad},
		{"nl", "advertentie", Ad},
		{"pl", "reklama-box", Ad},
		{"tr", "reklam-alani", Ad},
		{"zh", "guanggao", Ad},
		// related
		{"de", "empfehlungen", Related},
		{"es", "articulos-relacionados", Related},
		{"pt", "posts-relacionadas", Related},
		{"it", "articoli-correlati", Related},
		{"nl", "gerelateerd", Related},
		{"pl", "powiazane-artykuly", Related},
		{"tr", "ilgili-haberler", Related},
		{"zh", "xiangguan", Related},
		{"zh", "tuijian-list", Related},
		{"ja", "kanren", Related},
		{"ja", "osusume-box", Related},
		// comments
		{"de", "kommentare", Comments},
		{"de", "kommentar-liste", Comments},
		{"fr", "commentaires", Comments},
		{"it", "commenti", Comments},
		{"nl", "reacties", Comments},
		{"pl", "komentarze", Comments},
		// words that also name customer reviews, content on product pages
		{"es", "comentarios-clientes", None},
		{"tr", "urun-yorumlari", None},
		{"zh", "pinglun", None},
		// breadcrumbs
		{"fr", "fil-ariane", Breadcrumb},
		{"fr", "filariane", Breadcrumb},
		{"de", "brotkrumen", Breadcrumb},
		{"es", "migas", Breadcrumb},
		// words that only look alike
		{"en", "partagent", None},
		{"en", "reclamation", None},
		{"en", "delenda", None},
	}
	for _, tt := range tests {
		if got := ClassifyAttr(tt.value); got.Kind != tt.kind {
			t.Errorf("%s: ClassifyAttr(%q).Kind = %v, want %v", tt.lang, tt.value, got.Kind, tt.kind)
		}
	}
}

// TestClassifyAttrBEMAndJoined holds two cases the tables miss today: a BEM
// modifier's "--" counts as two hyphens towards the slug limit, and the
// visually-hidden classes are known to HiddenClass but not to ClassifyAttr,
// although its comment names "sr-only" as an example of joined words.
func TestClassifyAttrBEMAndJoined(t *testing.T) {
	tests := []struct {
		value string
		kind  Kind
	}{
		{"c-share-toolbar--dark", Share},
		{"c-share--dark", Share},
		{"sr-only", Hidden},
		{"visually-hidden", Hidden},
	}
	for _, tt := range tests {
		if got := ClassifyAttr(tt.value); got.Kind != tt.kind {
			t.Errorf("ClassifyAttr(%q).Kind = %v, want %v", tt.value, got.Kind, tt.kind)
		}
	}
}

func TestClassifyAttrLongNames(t *testing.T) {
	// names longer than the split buffers must not break anything
	long := "a-share"
	for i := 0; i < 10; i++ {
		long = "verylongprefixword" + long
	}
	if got := ClassifyAttr(long); got.Kind != Share {
		t.Errorf("ClassifyAttr(%q).Kind = %v, want share", long, got.Kind)
	}
	if got := ClassifyAttr("ünïcödé-shäre Ωmega"); got.Kind != None {
		t.Errorf("ClassifyAttr of non-ASCII names = %v, want none", got.Kind)
	}
}

func TestSignalWeightMerge(t *testing.T) {
	if w := (Signal{Content: true}).Weight(); w != ContentWeight {
		t.Errorf("content weight = %d, want %d", w, ContentWeight)
	}
	if w := (Signal{Kind: Ad}).Weight(); w != -BoilerplateWeight {
		t.Errorf("boilerplate weight = %d, want %d", w, -BoilerplateWeight)
	}
	if w := (Signal{}).Weight(); w != 0 {
		t.Errorf("empty weight = %d, want 0", w)
	}
	tests := []struct {
		a, b, want Signal
	}{
		{Signal{}, Signal{Kind: Share}, Signal{Kind: Share}},
		{Signal{Kind: Byline}, Signal{Kind: Share}, Signal{Kind: Share}},
		{Signal{Kind: Share}, Signal{Kind: Byline}, Signal{Kind: Share}},
		{Signal{Kind: Share}, Signal{Kind: Ad}, Signal{Kind: Share}},
		{Signal{Kind: Byline}, Signal{Kind: Caption}, Signal{Kind: Byline}},
		{Signal{Content: true}, Signal{Kind: Byline}, Signal{Kind: Byline, Content: true}},
		{Signal{Kind: Ad}, Signal{Content: true}, Signal{Kind: Ad, Content: true}},
	}
	for _, tt := range tests {
		if got := tt.a.Merge(tt.b); got != tt.want {
			t.Errorf("%+v.Merge(%+v) = %+v, want %+v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestKind(t *testing.T) {
	strong := map[Kind]bool{
		Share: true, Audio: true, Ad: true, Related: true, Newsletter: true, Comments: true,
		Breadcrumb: true, Consent: true, Navigation: true, Footer: true, Tools: true,
		Hidden: true, Modal: true,
	}
	for k := None; k <= Modal; k++ {
		if k.Strong() != strong[k] {
			t.Errorf("%v.Strong() = %v, want %v", k, k.Strong(), strong[k])
		}
		if s := k.String(); s == "" || s[0] == 'k' {
			t.Errorf("Kind(%d).String() = %q", k, s)
		}
	}
	if s := Kind(200).String(); s == "" {
		t.Errorf("String of an unknown kind is empty")
	}
	for _, k := range []Kind{Comments, Related, Newsletter, Footer, Consent, Modal} {
		if k.YieldsToProse() {
			t.Errorf("%v yields to prose", k)
		}
	}
	for _, k := range []Kind{Navigation, Tools, Share, Byline, Ad} {
		if !k.YieldsToProse() {
			t.Errorf("%v does not yield to prose", k)
		}
	}
}

func TestHiddenClass(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"hidden", true},
		{"Hidden", true},
		{"sr-only", true},
		{"visually-hidden", true},
		{"screen-reader-text", true},
		{"btn sr-only", true},
		{"  u-hidden  ", true},
		{"hidden-xs", false},
		{"hidden-sm hidden-md", false},
		{"d-none d-md-block", false},
		{"hidden-print", false},
		{"sr-only-focusable", false},
		{"overflow-hidden", false},
		{"", false},
		{"visible", false},
	}
	for _, tt := range tests {
		if got := HiddenClass(tt.class); got != tt.want {
			t.Errorf("HiddenClass(%q) = %v, want %v", tt.class, got, tt.want)
		}
		if got := ClassifyAttr(tt.class).Hidden; got != tt.want {
			t.Errorf("ClassifyAttr(%q).Hidden = %v, want %v", tt.class, got, tt.want)
		}
	}
}

func TestRoleKind(t *testing.T) {
	tests := []struct {
		role    string
		kind    Kind
		content bool
	}{
		{"navigation", Navigation, false},
		{" Navigation ", Navigation, false},
		{"banner", Header, false},
		{"contentinfo", Footer, false},
		{"complementary", Sidebar, false},
		{"dialog", Modal, false},
		{"main", None, true},
		{"article", None, true},
		{"button", None, false},
		{"", None, false},
	}
	for _, tt := range tests {
		k, c := RoleKind(tt.role)
		if k != tt.kind || c != tt.content {
			t.Errorf("RoleKind(%q) = %v, %v; want %v, %v", tt.role, k, c, tt.kind, tt.content)
		}
	}
}

func TestDataAttrKind(t *testing.T) {
	tests := []struct {
		key  string
		want Kind
	}{
		{"data-ad-slot", Ad},
		{"data-ad-client", Ad},
		{"DATA-AD-SLOT", Ad},
		{"data-ad", Ad},
		{"data-ad_unit", Ad},
		{"data-adslot", Ad},
		{"data-adunit", Ad},
		{"data-adname", Ad},
		{"data-google-query-id", Ad},
		{"data-dfp-id", Ad},
		{"data-native-ad", Ad},
		{"data-add-to-cart", None},
		{"data-address", None},
		{"data-admin", None},
		{"data-advice", None},
		{"data-src", None},
		{"data-id", None},
		{"class", None},
		{"", None},
	}
	for _, tt := range tests {
		if got := DataAttrKind(tt.key); got != tt.want {
			t.Errorf("DataAttrKind(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestDataAttrNamesComponent(t *testing.T) {
	for _, k := range []string{"data-component", "data-module", "DATA-TESTID", "data-block-type"} {
		if !DataAttrNamesComponent(k) {
			t.Errorf("DataAttrNamesComponent(%q) = false", k)
		}
	}
	for _, k := range []string{"data-section", "data-src", "data-id", "class"} {
		if DataAttrNamesComponent(k) {
			t.Errorf("DataAttrNamesComponent(%q) = true", k)
		}
	}
}

// TestHiddenClassesTable: isHiddenName lower-cases ASCII into a 32-byte
// buffer, so every table entry must be lower-case ASCII and fit in it.
func TestHiddenClassesTable(t *testing.T) {
	for name := range hiddenClasses {
		if len(name) > 32 || strings.ToLower(name) != name {
			t.Errorf("hiddenClasses[%q]: want lower case, at most 32 bytes", name)
		}
		if !isHiddenName(strings.ToUpper(name)) {
			t.Errorf("isHiddenName(%q) = false", strings.ToUpper(name))
		}
	}
}

func TestReviewName(t *testing.T) {
	tests := []struct {
		value string
		want  bool
	}{
		{"reviews", true},
		{"product-review__body", true},
		{"customerReviews", true},
		{"product-reviews-list js-reviews", true},
		{"bewertungen", true},
		{"avis-clients", true},
		{"preview", false},
		{"reviewer-name", false},
		{"overview", false},
		{"product-description", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := ReviewName(tt.value); got != tt.want {
			t.Errorf("ReviewName(%q) = %v, want %v", tt.value, got, tt.want)
		}
	}
}

func TestCodeLineName(t *testing.T) {
	for value, want := range map[string]bool{
		"line": true, "token-line": true, "highlight-code-line": true, "codeLine": true, "line1": true,
		"lines": false, "outline": false, "line-numbers-rows": true, "": false,
	} {
		if got := CodeLineName(value); got != want {
			t.Errorf("CodeLineName(%q) = %v, want %v", value, got, want)
		}
	}
}
