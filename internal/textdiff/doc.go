// Package textdiff compares two texts line by line and prints the
// difference as a unified diff, the format of "diff -u" and "git diff".
//
// [Diff] computes a shortest edit script between two sequences of any
// comparable type with Myers' O(ND) algorithm, after trimming the common
// prefix and suffix; past a cost limit it reports the remaining middle as
// replaced wholesale, so that two unrelated texts still compare quickly.
// [Unified] prints the edits of two texts' lines as hunks with context.
// With [Options.Color], deleted and inserted lines are coloured for a
// terminal and, where a deleted line and an inserted line are two versions
// of the same paragraph, the words that changed are highlighted, as
// "git diff --color-words" and diff-highlight do. Two lines that differ
// only in what a reader cannot see (a no-break space for a space, a
// trailing space, a zero-width character) are printed quoted, with escapes.
package textdiff
