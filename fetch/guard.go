package fetch

import (
	"fmt"
	"net/netip"
	"syscall"
)

// nonPublic lists the address ranges the BlockPrivate guard refuses beyond
// what netip.Addr's predicates catch (loopback, private, link-local,
// multicast, unspecified), each with what it is.
var nonPublic = []struct {
	prefix netip.Prefix
	what   string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "this network"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol assignments"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local-use NAT64"},
	{netip.MustParsePrefix("100::/64"), "discard-only"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
}

// nonPublicKind says why addr is not a public unicast address, or returns
// "" if it is one. IPv4-mapped IPv6 addresses are judged as IPv4.
func nonPublicKind(addr netip.Addr) string {
	addr = addr.Unmap()
	switch {
	case addr.IsLoopback():
		return "loopback"
	case addr.IsPrivate():
		return "private"
	case addr.IsLinkLocalUnicast():
		return "link-local"
	case addr.IsMulticast(), addr.IsLinkLocalMulticast(), addr.IsInterfaceLocalMulticast():
		return "multicast"
	case addr.IsUnspecified():
		return "unspecified"
	case addr == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "broadcast"
	}
	for _, r := range nonPublic {
		if r.prefix.Contains(addr) {
			return r.what
		}
	}
	return ""
}

// guardControl returns a net.Dialer Control function that refuses
// non-public addresses. It runs on the address being dialled, after DNS
// resolution, so a name that resolves (or re-resolves) to a private
// address is caught too. allow, if valid, is let through (for tests).
func guardControl(allow netip.Prefix) func(network, address string, _ syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: cannot check %q", ErrBlockedAddress, address)
		}
		if allow.IsValid() && allow.Contains(ap.Addr().Unmap()) {
			return nil
		}
		if kind := nonPublicKind(ap.Addr()); kind != "" {
			return fmt.Errorf("%w: %s is %s", ErrBlockedAddress, ap.Addr(), kind)
		}
		return nil
	}
}
