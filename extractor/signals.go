package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/seed-d9e9b10c/pith/heuristics"
)

// signalOf reads what an element's markup says about it: its class, id,
// role, aria-label, data-* attributes and tag, with the document's cache of
// class and id values.
func (d *document) signalOf(n *html.Node) heuristics.Signal { return readSignal(n, d.classifyAttr) }

// readSignal reads an element's signal, classifying class and id values,
// and the names in labels and component data attributes, with classify.
func readSignal(n *html.Node, classify func(string) heuristics.Signal) heuristics.Signal {
	var s heuristics.Signal
	switch n.DataAtom {
	case atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead, atom.Tfoot:
		// rows and cells are named after their data ("player-2020",
		// "comment-count"), not after page components
		return s
	}
	for _, a := range n.Attr {
		if a.Val == "" && !strings.HasPrefix(a.Key, "data-") {
			continue
		}
		switch {
		case a.Key == "class" || a.Key == "id":
			s = s.Merge(classify(a.Val))
		case a.Key == "role":
			if k, content := heuristics.RoleKind(a.Val); k != heuristics.None || content {
				s = s.Merge(heuristics.Signal{Kind: k, Content: content})
			}
		case a.Key == "aria-label" || a.Key == "aria-roledescription":
			if k, ok := heuristics.ChromePhrase(a.Val); ok {
				s = s.Merge(heuristics.Signal{Kind: k})
			} else if len(a.Val) < 40 {
				sig := classify(a.Val)
				sig.Content = false
				s = s.Merge(sig)
			}
		case strings.HasPrefix(a.Key, "data-"):
			if k := heuristics.DataAttrKind(a.Key); k != heuristics.None {
				s = s.Merge(heuristics.Signal{Kind: k})
			} else if heuristics.DataAttrNamesComponent(a.Key) {
				s = s.Merge(classify(a.Val))
			}
		}
	}
	switch n.DataAtom {
	case atom.Nav:
		s = s.Merge(heuristics.Signal{Kind: heuristics.Navigation})
	case atom.Footer:
		s = s.Merge(heuristics.Signal{Kind: heuristics.Footer})
	case atom.Aside:
		s = s.Merge(heuristics.Signal{Kind: heuristics.Sidebar})
	case atom.Header:
		s = s.Merge(heuristics.Signal{Kind: heuristics.Header})
	case atom.Figcaption:
		s = s.Merge(heuristics.Signal{Kind: heuristics.Caption})
	case atom.Main, atom.Article:
		s.Content = true
	}
	return s
}

// classifyAttr is heuristics.ClassifyAttr, remembered per value and per
// name: a page repeats its class names on many elements, in many
// combinations ("post post-123 type-post status-publish").
func (d *document) classifyAttr(v string) heuristics.Signal {
	if s, ok := d.attrSignals[v]; ok {
		return s
	}
	var s heuristics.Signal
	name, rest := heuristics.NextField(v)
	if second, _ := heuristics.NextField(rest); second == "" {
		if name != "" {
			s = heuristics.ClassifyName(name)
		}
	} else {
		for names := v; names != ""; {
			name, names = heuristics.NextField(names)
			if name != "" {
				s = s.Merge(d.classifyAttr(name))
			}
		}
	}
	if d.attrSignals == nil {
		d.attrSignals = make(map[string]heuristics.Signal, 512) // a median page has some 430
	}
	d.attrSignals[v] = s
	return s
}
