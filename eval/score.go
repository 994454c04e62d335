package eval

import (
	"strings"
)

// preparedTruth is a page's truth cut into the forms the metrics compare,
// computed once per page and shared by every extractor.
type preparedTruth struct {
	words    bag        // lower-cased bag of words (WCXB, Readability, saved)
	shingles shingleBag // 4-token shingles, case kept (ScrapingHub)
	with     []string   // lower-cased snippets
	without  []string
}

// prepare cuts a page's truth for the corpus's metric.
func prepare(format Format, t Truth) preparedTruth {
	var p preparedTruth
	if format == ScrapingHub {
		p.shingles = newShingleBag(t.Text)
		return p
	}
	p.words = newBag(t.Text)
	p.with = lowerNonEmpty(t.With)
	p.without = lowerNonEmpty(t.Without)
	return p
}

func lowerNonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, lower(s))
		}
	}
	return out
}

// metaOutcome is how one metadata field fared on one page.
type metaOutcome int8

const (
	metaUnscored metaOutcome = iota // nothing expected
	metaMissed
	metaMatched
)

// pageScore is how one extractor did on one page.
type pageScore struct {
	Score                    // per-page precision, recall, F1
	shingles   ShingleCounts // ScrapingHub only
	same       bool          // identical tokens (ScrapingHub) or text (saved)
	with       float64
	without    float64
	hasWith    bool
	hasWithout bool
	meta       [len(metaFields)]metaOutcome
}

// scorePage scores a result against a page's truth with the corpus's metric.
func scorePage(format Format, page *Page, truth *preparedTruth, res Result) pageScore {
	var s pageScore
	if format == ScrapingHub {
		seq := truth.shingles.predSeq(res.Text)
		s.shingles = truth.shingles.match(seq)
		s.Score = s.shingles.Score()
		s.same = truth.shingles.sameSeq(seq)
		return s
	}
	s.Score = truth.words.score(res.Text)
	if format == Saved {
		s.same = SameText(page.Truth.Text, res.Text)
	}
	if len(truth.with) > 0 || len(truth.without) > 0 {
		text := lower(res.Text)
		s.with, s.hasWith = snippetShare(text, truth.with)
		s.without, s.hasWithout = snippetShare(text, truth.without)
	}
	meta := page.Truth.Meta
	for i, field := range metaFields {
		switch {
		case field == FieldPublished:
			if !meta.Published.IsZero() {
				s.meta[i] = outcome(SamePublished(meta.Published, res.Published))
			}
		case NormalizeMeta(meta.get(field)) != "":
			s.meta[i] = outcome(sameText(field, meta.get(field), res))
		}
	}
	return s
}

func outcome(matched bool) metaOutcome {
	if matched {
		return metaMatched
	}
	return metaMissed
}
