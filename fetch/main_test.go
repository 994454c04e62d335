package fetch

import (
	"fmt"
	"net/http"
	"os"
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks, once every test and example has run, that no goroutine
// is left behind; leakCheck does it after each test that starts servers.
func TestMain(m *testing.M) {
	code := m.Run()
	closeIdleTransports()
	http.DefaultTransport.(*http.Transport).CloseIdleConnections()
	if err := goleak.Find(); err != nil && code == 0 {
		fmt.Fprintln(os.Stderr, err)
		code = 1
	}
	os.Exit(code)
}
