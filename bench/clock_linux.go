package main

import (
	"time"

	"golang.org/x/sys/unix"
)

// cpuTime returns the CPU time the process has used so far, in every
// thread: the goroutine's work and the garbage collector's.
func cpuTime() (time.Duration, error) {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts); err != nil {
		return 0, err
	}
	return time.Duration(ts.Nano()), nil
}
