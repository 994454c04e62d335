package fetch

import (
	"net"
	"net/http"
	"net/netip"
	"sync"
	"time"
)

// transportKey is what distinguishes the transports Clients share.
type transportKey struct {
	guard          bool
	allow          netip.Prefix
	maxHeaderBytes int64
}

// transports holds one *http.Transport per transportKey, shared by every
// Client (and every Get) with those settings, so that connections are
// pooled across them as with http.DefaultTransport.
var transports sync.Map // transportKey -> *http.Transport

// transportFor returns the shared transport for o's settings.
func transportFor(o Options) *http.Transport {
	key := transportKey{guard: o.BlockPrivate, allow: o.guardAllow, maxHeaderBytes: o.maxHeaderBytes()}
	if t, ok := transports.Load(key); ok {
		return t.(*http.Transport)
	}
	t, _ := transports.LoadOrStore(key, newTransport(key))
	return t.(*http.Transport)
}

// newTransport builds a transport with http.DefaultTransport's timeouts,
// room for parallel fetches, decompression left to pith (see decoder) and,
// with the guard, a dialer that refuses non-public addresses and no proxy
// (through a proxy, the guard would only see the proxy's address).
func newTransport(key transportKey) *http.Transport {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	proxy := http.ProxyFromEnvironment
	if key.guard {
		dialer.Control = guardControl(key.allow)
		proxy = nil
	}
	return &http.Transport{
		Proxy:                  proxy,
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           256,
		MaxIdleConnsPerHost:    16,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ExpectContinueTimeout:  time.Second,
		DisableCompression:     true,
		MaxResponseHeaderBytes: key.maxHeaderBytes,
	}
}

// closeIdleTransports closes the idle connections of every shared transport.
func closeIdleTransports() {
	transports.Range(func(_, t any) bool {
		t.(*http.Transport).CloseIdleConnections()
		return true
	})
}
