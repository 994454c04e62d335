package fetch

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

func TestNonPublicKind(t *testing.T) {
	tests := []struct {
		addr string
		want string
	}{
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"192.168.1.1", "private"},
		{"fd00::1", "private"},
		{"169.254.169.254", "link-local"}, // cloud metadata services
		{"fe80::1", "link-local"},
		{"224.0.0.1", "multicast"},
		{"239.255.255.250", "multicast"},
		{"ff02::1", "multicast"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"255.255.255.255", "broadcast"},
		{"100.64.0.1", "carrier-grade NAT"},
		{"0.1.2.3", "this network"},
		{"198.18.0.1", "benchmarking"},
		{"192.0.2.1", "documentation"},
		{"2001:db8::1", "documentation"},
		{"240.0.0.1", "reserved"},
		{"8.8.8.8", ""},
		{"1.1.1.1", ""},
		{"172.32.0.1", ""},
		{"2606:4700:4700::1111", ""},
		{"::ffff:8.8.8.8", ""},
	}
	for _, tt := range tests {
		if got := nonPublicKind(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("nonPublicKind(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}

func TestGuard(t *testing.T) {
	guarded := with(func(o *Options) { o.BlockPrivate = true })
	tests := []struct {
		name string
		url  func(srv string) string
		msg  string
	}{
		{name: "loopback IP", url: func(srv string) string { return srv + "/" }, msg: "127.0.0.1 is loopback"},
		{name: "localhost", url: func(srv string) string { return strings.Replace(srv, "127.0.0.1", "localhost", 1) + "/" }, msg: "is loopback"},
		{name: "IPv6 loopback", url: func(srv string) string { return strings.Replace(srv, "127.0.0.1", "[::1]", 1) + "/" }, msg: "::1 is loopback"},
		// Other ranges are covered by TestNonPublicKind: a test must not
		// send traffic to them if the guard were broken.
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			leakCheck(t)
			srv := serve(t, html(page))
			u := tt.url(srv.URL)
			_, err := get(guarded, u)
			errCase(t, err, ErrBlockedAddress, u, tt.msg)
		})
	}
}

// The guard runs on every redirect: a public page (played here by
// 127.0.0.1, let through) redirecting to an internal one (127.0.0.2) is
// refused.
func TestGuardOnRedirect(t *testing.T) {
	leakCheck(t)
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2: %v", err)
	}
	internal := httptest.NewUnstartedServer(html("secret"))
	internal.Listener.Close()
	internal.Listener = ln
	internal.Start()
	t.Cleanup(internal.Close)
	public := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ok" {
			html(page)(w, r)
			return
		}
		http.Redirect(w, r, internal.URL+"/admin", http.StatusFound)
	})

	o := with(func(o *Options) {
		o.BlockPrivate = true
		o.guardAllow = netip.MustParsePrefix("127.0.0.1/32")
	})
	if _, err := get(o, public.URL+"/ok"); err != nil {
		t.Fatalf("the allowed address was refused: %v", err)
	}
	_, err = get(o, public.URL+"/go")
	errCase(t, err, ErrBlockedAddress, public.URL+"/go", "127.0.0.2 is loopback")

	o.BlockPrivate = false
	if p, err := get(o, public.URL+"/go"); err != nil || string(p.Body) != "secret" {
		t.Errorf("without the guard: %v", err)
	}
}

func TestGuardWithCustomClient(t *testing.T) {
	_, err := Get(context.Background(), "http://example.com/", Options{BlockPrivate: true, Client: &http.Client{}})
	errCase(t, err, ErrBlockedAddress, "http://example.com/", "cannot be combined")
}
