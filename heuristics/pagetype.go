package heuristics

import (
	"regexp"
	"strings"
)

// Page-type names, as extractor.PageType spells them.
const (
	typeArticle       = "article"
	typeForum         = "forum"
	typeProduct       = "product"
	typeCollection    = "collection"
	typeListing       = "listing"
	typeDocumentation = "documentation"
	typeService       = "service"
)

// schemaPageTypes maps schema.org types (lower-case) to the page type they
// declare. Generic types (WebPage, Organization) are absent: every page
// carries them; so are types that parts of any page carry (Offer, Review,
// Question: an FAQ block).
var schemaPageTypes = map[string]string{
	// articles
	"article": typeArticle, "newsarticle": typeArticle, "blogposting": typeArticle,
	"reportagenewsarticle": typeArticle, "analysisnewsarticle": typeArticle,
	"opinionnewsarticle": typeArticle, "reviewnewsarticle": typeArticle,
	"backgroundnewsarticle": typeArticle, "liveblogposting": typeArticle,
	"scholarlyarticle": typeArticle, "report": typeArticle, "recipe": typeArticle,
	// discussions
	"discussionforumposting": typeForum, "qapage": typeForum,
	// products
	"product": typeProduct, "productgroup": typeProduct, "individualproduct": typeProduct,
	"productmodel": typeProduct, "car": typeProduct, "book": typeProduct,
	// collections and listings
	"collectionpage": typeListing, "itemlist": typeListing, "searchresultspage": typeListing,
	"offercatalog": typeCollection,
	// documentation
	"techarticle": typeDocumentation, "apireference": typeDocumentation,
	"softwaresourcecode": typeDocumentation, "howto": typeDocumentation,
	// services
	"service": typeService, "professionalservice": typeService, "localbusiness": typeService,
	"financialservice": typeService, "legalservice": typeService,
	"homeandconstructionbusiness": typeService, "medicalbusiness": typeService,
}

// SchemaPageType returns the page type a schema.org type declares, or "".
func SchemaPageType(t string) string { return schemaPageTypes[strings.ToLower(t)] }

// jsonLDType finds the @type values of a JSON-LD block without decoding it.
var jsonLDType = regexp.MustCompile(`"@type"\s*:\s*(?:"([^"]{1,60})"|\[([^\]]{1,200})\])`)

// jsonLDTypeName pulls the names out of a JSON-LD @type array.
var jsonLDTypeName = regexp.MustCompile(`"([^"]{1,60})"`)

// JSONLDTypes returns the schema.org types named in a JSON-LD block,
// lower-cased and without the schema.org prefix.
func JSONLDTypes(raw string) []string {
	if len(raw) > 1<<20 {
		raw = raw[:1<<20]
	}
	var out []string
	add := func(t string) {
		t = strings.ToLower(strings.TrimSpace(t))
		if i := strings.LastIndexAny(t, "/:"); i >= 0 {
			t = t[i+1:]
		}
		if t != "" {
			out = append(out, t)
		}
	}
	for _, m := range jsonLDType.FindAllStringSubmatch(raw, 64) {
		if m[1] != "" {
			add(m[1])
			continue
		}
		for _, n := range jsonLDTypeName.FindAllStringSubmatch(m[2], 8) {
			add(n[1])
		}
	}
	return out
}

// pathPageTypes map URL path segments to the page type they name.
var pathPageTypes = map[string]string{
	// products
	"product": typeProduct, "products": typeProduct, "p": typeProduct, "dp": typeProduct,
	"item": typeProduct, "produkt": typeProduct, "produit": typeProduct, "producto": typeProduct,
	// shop categories
	"collections": typeCollection, "collection": typeCollection, "category": typeCollection,
	"categories": typeCollection, "shop": typeCollection, "catalog": typeCollection,
	"c": typeCollection, "kategorie": typeCollection, "categoria": typeCollection,
	"product-category": typeCollection,
	// indexes
	"tag": typeListing, "tags": typeListing, "topics": typeListing, "archive": typeListing,
	"archives": typeListing, "authors": typeListing, "search": typeListing, "page": typeListing,
	// documentation
	"docs": typeDocumentation, "doc": typeDocumentation, "documentation": typeDocumentation,
	"reference": typeDocumentation, "api": typeDocumentation, "manual": typeDocumentation,
	"guide": typeDocumentation, "guides": typeDocumentation, "wiki": typeDocumentation,
	"tutorial": typeDocumentation, "tutorials": typeDocumentation, "handbook": typeDocumentation,
	"kb": typeDocumentation, "knowledge-base": typeDocumentation, "help": typeDocumentation,
	// services
	"services": typeService, "service": typeService, "solutions": typeService,
	"pricing": typeService, "about": typeService, "about-us": typeService,
	"contact": typeService, "features": typeService,
	// articles
	"blog": typeArticle, "news": typeArticle, "article": typeArticle, "articles": typeArticle,
	"story": typeArticle, "stories": typeArticle, "post": typeArticle, "posts": typeArticle,
	"opinion": typeArticle,
}

// datePath matches /2026/02/03/ or /2026/02/ in a URL path: a dated article.
var datePath = regexp.MustCompile(`/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/`)

// PathPageType returns the page type a URL path names, or "". The deepest
// segment that names a type wins, except that discussion paths are forums
// and dated paths articles; a page whose last segment names a section is
// that section's index (a listing).
func PathPageType(path string) string {
	p := strings.ToLower(path)
	if DiscussionURL("", p) {
		return typeForum
	}
	if datePath.MatchString(p) {
		return typeArticle
	}
	segs := strings.FieldsFunc(p, func(r rune) bool { return r == '/' })
	t := ""
	for i, s := range segs {
		s = strings.TrimSuffix(strings.TrimSuffix(s, ".html"), ".htm")
		if k, ok := pathPageTypes[s]; ok {
			t = k
			if i == len(segs)-1 && (k == typeArticle || k == typeProduct) {
				// "/blog/", "/products/": the section's index
				t = typeListing
			}
		}
	}
	return t
}

// priceText matches a price: a currency sign or code next to an amount.
var priceText = regexp.MustCompile(`(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|JPY|INR|zł|kr|Rs\.?))\s?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?|\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?\s?(?:€|£|\$|zł|kr|₽|руб|円|元|USD|EUR)`)

// currencyMarks are the signs and codes priceText looks for; a text
// without any of them is not tried against the expression.
var currencyMarks = []string{"$", "€", "£", "¥", "₹", "₩", "₽", "円", "元", "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "INR", "zł", "kr", "Rs", "руб"}

// MaxPriceText is the longest text, in bytes, that HasPrice reads: a
// longer one is not a price tag, whatever it holds.
const MaxPriceText = 400

// HasPrice reports whether a text shows a price ("$19.99", "19,99 €").
func HasPrice(s string) bool {
	if len(s) > MaxPriceText || !hasDigit(s) {
		return false
	}
	if hasCurrencyMark(s) {
		return priceText.MatchString(s)
	}
	return false
}

// marksByByte indexes currencyMarks by their first byte.
var marksByByte = func() (idx [256][]string) {
	for _, m := range currencyMarks {
		idx[m[0]] = append(idx[m[0]], m)
	}
	return idx
}()

// hasCurrencyMark reports whether s contains one of currencyMarks, in one
// pass over s rather than one search per mark.
func hasCurrencyMark(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, m := range marksByByte[s[i]] {
			if strings.HasPrefix(s[i:], m) {
				return true
			}
		}
	}
	return false
}

// buyPhrases are the labels of buttons that put a product in a cart.
var buyPhrases = []string{
	"add to cart", "add to bag", "add to basket", "buy now", "buy it now", "add to trolley",
	"in den warenkorb", "jetzt kaufen", "ajouter au panier", "acheter", "añadir al carrito",
	"comprar", "aggiungi al carrello", "acquista", "in winkelwagen", "do koszyka",
	"в корзину", "sepete ekle", "カートに入れる", "加入购物车", "장바구니 담기",
}

// BuyButton reports whether a button's text puts a product in a cart.
func BuyButton(text string) bool {
	n := NormalizePhrase(text)
	for _, p := range buyPhrases {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}
