//go:build !linux

package main

import (
	"errors"
	"time"
)

func cpuTime() (time.Duration, error) {
	return 0, errors.New("-cpu is only supported on Linux")
}
