package extractor

import "golang.org/x/net/html"

// maxLoggedMoves bounds a treeLog's memory (40 bytes a move). A page that
// needs more moves than this gets a second parse for the second opinion.
const maxLoggedMoves = 200_000

// treeLog records the moves the pipeline makes in the page's tree (nodes
// removed, nodes inserted, nodes moved elsewhere) until the second opinion,
// so that a copy of the page as parsed can be taken from the tree itself:
// the moves are undone, the tree copied, and the moves done again. That
// costs a fraction of parsing the page a second time.
//
// A nil *treeLog makes the same moves and records nothing.
type treeLog struct {
	moves []treeMove
	full  bool // past maxLoggedMoves: the log no longer holds every move
}

// treeMove is one move: n went from before fromNext under fromParent to
// before toNext under toParent. A nil parent is outside the tree.
type treeMove struct {
	n, fromParent, fromNext, toParent, toNext *html.Node
}

// remove detaches n from its parent, if it has one.
func (l *treeLog) remove(n *html.Node) {
	l.insertBefore(nil, n, nil)
}

// insertBefore moves n, detached or not, under parent before next (at the
// end when next is nil); a nil parent only detaches n.
func (l *treeLog) insertBefore(parent, n, next *html.Node) {
	if l != nil && !l.full {
		if len(l.moves) == maxLoggedMoves {
			l.full, l.moves = true, nil
		} else {
			l.moves = append(l.moves, treeMove{n, n.Parent, n.NextSibling, parent, next})
		}
	}
	place(n, parent, next)
}

// original returns a copy of root's tree as it was before the logged
// moves, leaving root's tree as it is now; nil when the log is incomplete.
func (l *treeLog) original(root *html.Node) *html.Node {
	if l == nil || l.full {
		return nil
	}
	for i := len(l.moves) - 1; i >= 0; i-- {
		m := l.moves[i]
		place(m.n, m.fromParent, m.fromNext)
	}
	c := cloneTree(root)
	for _, m := range l.moves {
		place(m.n, m.toParent, m.toNext)
	}
	return c
}

// place detaches n and, when parent is not nil, inserts it there before
// next.
func place(n, parent, next *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
	if parent != nil {
		parent.InsertBefore(n, next)
	}
}
