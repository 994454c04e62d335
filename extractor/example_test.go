package extractor_test

import (
	"context"
	"fmt"
	"log"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/seed-d9e9b10c/pith/extractor"
)

const examplePage = `<!DOCTYPE html>
<html lang="en">
<head>
  <title>Library opens on Sundays | Riverside Gazette</title>
  <meta property="og:site_name" content="Riverside Gazette">
</head>
<body>
  <nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Library opens on Sundays</h1>
    <p class="byline">By Ada Lovelace</p>
    <p>From next month the central library will open on Sundays, from ten in the morning
    until four in the afternoon, after a two-year campaign by readers and staff.</p>
    <div class="share-bar"><a href="https://social.example/share">Share</a></div>
    <p>The council said the extra day would cost little, because volunteers have offered
    to run the reading rooms, and the cafe will stay closed.</p>
    <p>Read the <a href="/docs/plan.pdf">full plan</a> for details.</p>
  </article>
  <footer class="footer">© 2026 Riverside Gazette</footer>
</body>
</html>`

func ExampleExtract() {
	pageURL, _ := url.Parse("https://gazette.example/news/library-sundays")
	a, err := extractor.Extract(strings.NewReader(examplePage), pageURL, extractor.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.SiteName)
	fmt.Println("---")
	fmt.Println(a.Text)
	// Output:
	// Library opens on Sundays
	// Riverside Gazette
	// ---
	// From next month the central library will open on Sundays, from ten in the morning until four in the afternoon, after a two-year campaign by readers and staff.
	//
	// The council said the extra day would cost little, because volunteers have offered to run the reading rooms, and the cafe will stay closed.
	//
	// Read the full plan for details.
}

func ExampleExtractBytes() {
	// a crawler holds the fetched body in memory: pith reads it in place
	body := []byte(examplePage)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	pageURL, _ := url.Parse("https://gazette.example/news/library-sundays")
	a, err := extractor.ExtractBytes(ctx, body, pageURL, extractor.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.PageType)
	// Output:
	// Library opens on Sundays
	// article
}

func ExampleFromDocument() {
	// a page the caller has parsed already, for its own use
	doc, err := html.Parse(strings.NewReader(examplePage))
	if err != nil {
		log.Fatal(err)
	}
	a, err := extractor.FromDocument(doc, nil, extractor.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Authors)
	// Output:
	// Library opens on Sundays
	// [Ada Lovelace]
}

func ExampleArticle_Markdown() {
	pageURL, _ := url.Parse("https://gazette.example/news/library-sundays")
	a, err := extractor.Extract(strings.NewReader(examplePage), pageURL, extractor.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Markdown())
	// Output:
	// From next month the central library will open on Sundays, from ten in the morning until four in the afternoon, after a two-year campaign by readers and staff.
	//
	// The council said the extra day would cost little, because volunteers have offered to run the reading rooms, and the cafe will stay closed.
	//
	// Read the [full plan](https://gazette.example/docs/plan.pdf) for details.
}
