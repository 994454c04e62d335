package extractor

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Linear cost (issue 8): the time and memory one extraction takes per
// input byte stay roughly constant from 10 KB to 10 MB, whether a page
// grows in breadth (more sections) or in depth (more nesting).

// syntheticPage returns a page of about size bytes in the given shape:
//
//   - "wide": a header and menu, then sections of a long article, each with
//     a heading, paragraphs with links and emphasis, a list, a table, a
//     figure and a share bar, then a sidebar of links, reader comments and
//     a footer;
//   - "deep": the same paragraphs, each one in a <div> opened inside the
//     previous one and never closed, as old forum software writes them, so
//     the nesting grows with the page.
func syntheticPage(shape string, size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic page</title>` +
		`<meta property="og:site_name" content="Example News"><script>var tracking = {page: 1};</script>` +
		`<style>.post p { margin: 0 }</style></head><body><header class="site-header"><nav class="menu">`)
	for i := range 30 {
		b.WriteString(`<a href="/section/` + strconv.Itoa(i) + `">Section ` + strconv.Itoa(i) + `</a> `)
	}
	b.WriteString(`</nav></header><main><article class="post"><h1>Synthetic page</h1><p class="byline">By Jane Doe</p>`)
	tail := `</article><aside class="sidebar"><h3>Most read</h3><ul>` +
		strings.Repeat(`<li><a href="/story">A related story with a headline of some length</a></li>`, 10) +
		`</ul></aside><section class="comments"><h3>Comments</h3>` +
		strings.Repeat(`<div class="comment"><p class="author">reader</p><p>I agree with most of this, although the budget seems high.</p></div>`, 5) +
		`</section></main><footer class="footer"><p>Copyright 2026 Example News. All rights reserved.</p></footer></body></html>`
	for i := 0; b.Len()+len(tail) < size; i++ {
		n := strconv.Itoa(i)
		switch shape {
		case "deep":
			b.WriteString(`<div class="post-body"><p>Post ` + n + `: ` + prose + ` <a href="/p/` + n + `">a link</a>.</p>`)
		default:
			b.WriteString(`<section id="s` + n + `"><h2>Part ` + n + `</h2><div class="text"><div class="inner">` +
				`<p>` + prose + ` <a href="/x/` + n + `">A link</a>, <em>some emphasis</em> and <strong>more</strong>.</p>` +
				`<p>` + prose + `</p><ul><li>First point of part ` + n + `</li><li>Second point, a little longer</li></ul>` +
				`<table><tr><th>Year</th><th>Budget</th></tr><tr><td>2025</td><td>1.2m</td></tr><tr><td>2026</td><td>1.4m</td></tr></table>` +
				`<figure><img src="/img/` + n + `.jpg" alt="A photo"><figcaption>A caption for the photo</figcaption></figure>` +
				`</div><div class="share"><a href="/share?s=` + n + `">Share</a> <a href="/tweet">Tweet</a></div></div></section>`)
		}
	}
	b.WriteString(tail)
	return b.Bytes()
}

// linearSizes are the page sizes of the benchmark.
var linearSizes = []int{10 << 10, 100 << 10, 1 << 20, 10 << 20}

// BenchmarkExtractLinear extracts synthetic pages of 10 KB to 10 MB and
// reports ns/byte and bytes allocated per input byte, which should be
// about the same at every size:
//
//	go test -run '^$' -bench ExtractLinear ./extractor/
func BenchmarkExtractLinear(b *testing.B) {
	for _, shape := range []string{"wide", "deep"} {
		for _, size := range linearSizes {
			src := syntheticPage(shape, size)
			b.Run(fmt.Sprintf("%s/%s", shape, sizeName(size)), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(src)))
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				for b.Loop() {
					if _, err := Extract(bytes.NewReader(src), nil, Options{}); err != nil {
						b.Fatal(err)
					}
				}
				runtime.ReadMemStats(&after)
				perByte := float64(b.N) * float64(len(src))
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/perByte, "ns/byte")
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/perByte, "B/byte")
			})
		}
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return strconv.Itoa(n>>20) + "MB"
	}
	return strconv.Itoa(n>>10) + "KB"
}

// cost is what one extraction of a page took per input byte.
type cost struct {
	nsPerByte, allocPerByte float64
}

// measureCost extracts src runs times and keeps the least time (the run
// least disturbed by other work) and the allocation of the last run.
func measureCost(t *testing.T, src []byte, runs int) cost {
	t.Helper()
	best := time.Duration(1<<63 - 1)
	var alloc uint64
	for range runs {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		if _, err := Extract(bytes.NewReader(src), nil, Options{}); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(start))
		runtime.ReadMemStats(&after)
		alloc = after.TotalAlloc - before.TotalAlloc
	}
	return cost{float64(best.Nanoseconds()) / float64(len(src)), float64(alloc) / float64(len(src))}
}

// TestExtractLinear compares the cost per byte of a 64 KB page with that of
// a 4 MB one, in both shapes. Quadratic work would make the large page 64
// times dearer per byte; the bounds allow for noise (8× the time, 2× the
// memory) and still catch it. Allocation is deterministic; time is the
// best of three runs.
func TestExtractLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("-short or -race: extracting 4 MB pages (and -race changes the costs)")
	}
	for _, shape := range []string{"wide", "deep"} {
		t.Run(shape, func(t *testing.T) {
			small := measureCost(t, syntheticPage(shape, 64<<10), 5)
			large := measureCost(t, syntheticPage(shape, 4<<20), 3)
			t.Logf("64 KB: %.1f ns/byte, %.1f B/byte; 4 MB: %.1f ns/byte, %.1f B/byte",
				small.nsPerByte, small.allocPerByte, large.nsPerByte, large.allocPerByte)
			if large.allocPerByte > 2*small.allocPerByte {
				t.Errorf("4 MB page allocates %.1f bytes per byte, more than twice the 64 KB page's %.1f: not linear",
					large.allocPerByte, small.allocPerByte)
			}
			if large.nsPerByte > 8*small.nsPerByte {
				t.Errorf("4 MB page takes %.1f ns per byte, more than 8 times the 64 KB page's %.1f: not linear",
					large.nsPerByte, small.nsPerByte)
			}
		})
	}
}
