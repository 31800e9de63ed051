package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressLine returns a driver.Workspace.Progress that shows one line on
// stderr for a slow step and erases it when the step ends, or nil when stderr
// is not a terminal: scripts and logs then see exactly the program's output.
func progressLine(stderr io.Writer) func(msg string, after time.Duration) func() {
	f, ok := stderr.(*os.File)
	if !ok || !isTerminal(f.Fd()) {
		return nil
	}
	// A terminal that cannot erase a line gets the line finished instead.
	dumb := os.Getenv("TERM") == "dumb"
	return func(msg string, after time.Duration) func() {
		var mu sync.Mutex
		shown, ended := false, false
		show := func() {
			mu.Lock()
			defer mu.Unlock()
			if !ended {
				fmt.Fprintf(f, "pyasync2go: %s ...", msg)
				shown = true
			}
		}
		var timer *time.Timer
		if after <= 0 {
			show()
		} else {
			timer = time.AfterFunc(after, show)
		}
		return func() {
			if timer != nil {
				timer.Stop()
			}
			mu.Lock()
			defer mu.Unlock()
			ended = true
			switch {
			case !shown:
			case dumb:
				fmt.Fprint(f, " done\n")
			default:
				fmt.Fprint(f, "\r\x1b[K")
			}
		}
	}
}
