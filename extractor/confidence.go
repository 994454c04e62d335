package extractor

import "math"

// Confidence weights. The extraction confidence starts from neutral and
// moves with what predicts a good extraction: a substantial body of prose,
// taken as a whole from the page, with few links, by pith's own scorer, on
// a kind of page pith reads well.
const (
	confBase         = 0.5
	confLongProse    = 0.2   // the content holds confLongRunes runes of prose
	confSomeProse    = 0.1   // ... or at least confSomeRunes
	confThin         = -0.3  // ... or under confThinRunes
	confLinky        = -0.15 // the content's link density passes confLinkDensity
	confFallback     = -0.1  // the second opinion supplied the content
	confWholeProse   = 0.1   // the content holds most of the page's prose
	confPartialProse = -0.15 // ... or less than a third of it
	confSureArticle  = 0.1   // an article, surely
	confHardType     = -0.15 // a product, collection or listing page
)

// Confidence thresholds.
const (
	confLongRunes   = 2000
	confSomeRunes   = 500
	confThinRunes   = 200
	confLinkDensity = 0.3
)

// confidence predicts how good the extraction is, in [0, 1].
func (d *document) confidence() float64 {
	if d.content == nil {
		return 0
	}
	d.measure(d.content)
	ci := d.info[d.content]
	c := confBase
	switch {
	case ci.prose >= confLongRunes:
		c += confLongProse
	case ci.prose >= confSomeRunes:
		c += confSomeProse
	case ci.prose < confThinRunes:
		c += confThin
	}
	if ci.linkDensity() > confLinkDensity {
		c += confLinky
	}
	if d.fallback {
		c += confFallback
	}
	if d.pageProse > 0 {
		switch share := float64(ci.prose) / float64(d.pageProse); {
		case share >= 0.7:
			c += confWholeProse
		case share < 1.0/3:
			c += confPartialProse
		}
	}
	switch d.pageType {
	case ArticlePage:
		if d.pageTypeConf >= minTypeConfidence {
			c += confSureArticle
		}
	case ProductPage, CollectionPage, ListingPage:
		c += confHardType
	}
	return math.Max(0, math.Min(1, c))
}
