package extractor

// PageType is the kind of page the content comes from.
type PageType string

// The page types pith tells apart.
const (
	ArticlePage       PageType = "article"       // news stories, blog posts, essays
	ForumPage         PageType = "forum"         // discussion threads, Q&A pages
	ProductPage       PageType = "product"       // a product's page in a shop
	CollectionPage    PageType = "collection"    // a shop's category: a grid of products
	ListingPage       PageType = "listing"       // an index of articles or links
	DocumentationPage PageType = "documentation" // manuals, API references, guides
	ServicePage       PageType = "service"       // a company's page about what it offers
)
