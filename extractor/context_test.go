package extractor

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func TestExtractContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ExtractContext(ctx, strings.NewReader("<p>"+strings.Repeat("Some prose, with commas. ", 40)+"</p>"), nil, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("ExtractContext with a cancelled context: err = %v, want context.Canceled", err)
	}
}

func TestExtractContextDeadline(t *testing.T) {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	doc, err := html.Parse(strings.NewReader("<p>text</p>"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = FromDocumentContext(ctx, doc, nil, Options{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("FromDocumentContext past its deadline: err = %v, want context.DeadlineExceeded", err)
	}
}
