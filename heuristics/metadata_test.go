package heuristics

import (
	"strings"
	"testing"
)

func TestDiscussionURL(t *testing.T) {
	tests := []struct {
		host, path string
		want       bool
	}{
		{"discourse.example.test", "/t/how-do-i-retry/1234", true},
		{"example.test", "/threads/retry-storms.99/", true},
		{"example.test", "/questions/123/how-to-retry", true},
		{"example.test", "/r/golang/comments/abc/title/", true},
		{"example.test", "/forum/viewtopic.php", true},
		{"example.test", "/showthread.php", true},
		{"example.test", "/Community/Topic/5", true},
		{"forum.example.test", "/some/post", true},
		{"community.example.test", "/", true},
		{"discuss.example.test", "/x", true},
		{"example.test", "/2026/02/03/budget-approved", false},
		{"example.test", "/post/123", false},
		{"example.test", "/blog/threading-in-go", false},
		{"example.test", "/news/thread-count", false},
		{"example.test", "/articles/questionable-claims", false},
		{"forumexample.test", "/news", false},
		{"www.gardenersforums.test", "/vegetables/4411-blight", true},
		{"my-forum.test", "/x", true},
		{"forumsite.test", "/x", false},
		{"example.test", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := DiscussionURL(tt.host, tt.path); got != tt.want {
			t.Errorf("DiscussionURL(%q, %q) = %v, want %v", tt.host, tt.path, got, tt.want)
		}
	}
}

func TestAuthorClass(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"byline", true},
		{"author", true},
		{"article-author", true},
		{"c-byline__name", true},
		{"author-name", true},
		{"AuthorName", true},
		{"post-writer", true},
		{"contributor-name", true},
		{"author-bio", false},
		{"author-avatar", false},
		{"author-image", false},
		{"author-photo", false},
		{"about-the-author", false},
		{"author-box", false},
		{"author-social", false},
		{"author-list", false},
		{"byline-wrapper", false},
		{"author-profile", false},
		{"title", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := AuthorClass(tt.name); got != tt.want {
			t.Errorf("AuthorClass(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestAuthorRole(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Staff Writer", true},
		{"staff writer", true},
		{"Senior Correspondent", true},
		{"Washington Correspondent", true},
		{"Reporter", true},
		{"Associated Press Writer", true},
		{"Contributor", true},
		{"Updated", true},
		{"Jane Doe", false},
		{"Sam Writerson", false},
		{"Editorial Board of the Times", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := AuthorRole(tt.s); got != tt.want {
			t.Errorf("AuthorRole(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMetaTables checks the tables' form: keys are lower-case (they are
// compared with lower-cased attribute values) and appear once.
func TestMetaTables(t *testing.T) {
	tables := map[string][]string{
		"TitleMetaKeys": TitleMetaKeys, "AuthorMetaKeys": AuthorMetaKeys,
		"PublishedMetaKeys": PublishedMetaKeys, "SiteNameMetaKeys": SiteNameMetaKeys,
		"DescriptionMetaKeys": DescriptionMetaKeys, "LanguageMetaKeys": LanguageMetaKeys,
		"ImageMetaKeys": ImageMetaKeys, "TagMetaKeys": TagMetaKeys, "CategoryMetaKeys": CategoryMetaKeys,
		"LicenseMetaKeys": LicenseMetaKeys, "ModifiedMetaKeys": ModifiedMetaKeys,
	}
	for name, keys := range tables {
		if len(keys) == 0 {
			t.Errorf("%s is empty", name)
		}
		seen := map[string]bool{}
		for _, k := range keys {
			if k != strings.ToLower(strings.TrimSpace(k)) || k == "" {
				t.Errorf("%s: key %q is not lower-case and trimmed", name, k)
			}
			if seen[k] {
				t.Errorf("%s: key %q appears twice", name, k)
			}
			seen[k] = true
		}
	}
	for typ := range ArticleTypes {
		if typ != strings.ToLower(typ) {
			t.Errorf("ArticleTypes: %q is not lower-case", typ)
		}
	}
	for typ := range DiscussionTypes {
		if typ != strings.ToLower(typ) {
			t.Errorf("DiscussionTypes: %q is not lower-case", typ)
		}
	}
	for _, sep := range TitleSeparators {
		if strings.TrimSpace(sep) == "" || sep[0] != ' ' || sep[len(sep)-1] != ' ' {
			t.Errorf("TitleSeparators: %q must be a mark between spaces", sep)
		}
	}
	for _, sep := range AuthorSeparators {
		if strings.TrimSpace(sep) == "" {
			t.Errorf("AuthorSeparators: %q is blank", sep)
		}
	}
}

func TestMetadataRules(t *testing.T) {
	for _, tt := range []struct {
		name      string
		got, want bool
	}{
		{"NotPublication(Joined: Jul 24, 2017)", NotPublication("Posts: 524 Joined: Mon Jul 24, 2017"), true},
		{"NotPublication(Posted: Feb 1)", NotPublication("Posted: Feb 1, 2026"), false},
		{"NamesLicense(CC BY-SA 4.0)", NamesLicense("Licensed under CC BY-SA 4.0"), true},
		{"NamesLicense(All rights reserved)", NamesLicense("© 2026 Example Media. All rights reserved."), false},
		{"UserNameClass(PostUser-name)", UserNameClass("PostUser-name"), true},
		{"UserNameClass(bigusername)", UserNameClass("bigusername"), true},
		{"UserNameClass(poster-avatar)", UserNameClass("poster-avatar"), false},
		{"MultiValueMetaKey(article:tag)", MultiValueMetaKey("article:tag"), true},
		{"MultiValueMetaKey(keywords)", MultiValueMetaKey("keywords"), false},
		{"CoauthorWords[avec]", CoauthorWords["avec"], true},
		{"OriginalPublication(This story was first published on)", OriginalPublication("This story was first published on"), true},
		{"OriginalPublication(Published on)", OriginalPublication("Published on"), false},
		{"OriginalPublication(Pubblicato originariamente il)", OriginalPublication("Pubblicato originariamente il"), true},
		{"OriginalPublication(ERSTMALS VERÖFFENTLICHT)", OriginalPublication("ERSTMALS VERÖFFENTLICHT"), true},
		{"TodayDate(todays-date-custom)", TodayDate("todays-date-custom"), true},
		{"TodayDate(the-date-today text-center)", TodayDate("the-date-today text-center"), true},
		{"TodayDate(post-date)", TodayDate("post-date"), false},
		{"TodayDate(todays-top-stories)", TodayDate("todays-top-stories"), false},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	for w, secs := range RelativeUnits {
		if w != strings.ToLower(w) || secs <= 0 {
			t.Errorf("RelativeUnits: %q = %d", w, secs)
		}
	}
	for lang, words := range Stopwords {
		if len(words) < 20 {
			t.Errorf("Stopwords[%s]: %d words, want at least 20", lang, len(words))
		}
	}
}

func TestTodayDate(t *testing.T) {
	tests := []struct {
		attr string
		want bool
	}{
		{"todays-date", true},
		{"the-date-today", true},
		{"headerTodayDate", false}, // camelCase runs together: "headertodaydate"
		{"header__today date", true},
		{"Heute-Datum", true},
		{"post-date", false},
		{"today", false},
		{"todaysdate", false},
		{"", false},
		{"averyveryverylongtodaytoken-date", false},
	}
	for _, tt := range tests {
		if got := TodayDate(tt.attr); got != tt.want {
			t.Errorf("TodayDate(%q) = %v, want %v", tt.attr, got, tt.want)
		}
	}
}
