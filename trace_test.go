package pyasync2go_test

import (
	"encoding/json"
	"fmt"
	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/internal/progtest"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestScheduleTrace: `run --trace` (PYASYNC2GO_TRACE) of the seed's minimum gather, under the
// virtual clock, records exactly the schedule the program implies: main starts and waits on the
// gather of three workers, each worker runs to its sleep at 0 s and finishes at 1 s, then main
// finishes, then asyncio.run's two shutdown tasks run. The HTML page carries the same data.
func TestScheduleTrace(t *testing.T) {
	c := progtest.Case{Name: "seed002_minimum_gather", PyPath: filepath.Join(corpusDir, "seed002_minimum_gather.py"), Key: "p_trace"}
	bin := progtest.Build([]progtest.Case{c}, codegen.Options{})
	require.NoError(t, bin.BuildError)
	require.Empty(t, bin.Failed)
	t.Cleanup(func() { os.RemoveAll(filepath.Dir(bin.Path)) })
	prefix := filepath.Join(t.TempDir(), "schedule")
	cmd := exec.Command(bin.Path, c.Key)
	cmd.Dir = corpusDir
	cmd.Env = append(progtest.Env(), "PYASYNC2GO_TRACE="+prefix)
	out, err := cmd.Output()
	require.NoError(t, err)
	require.Equal(t, "One\nOne\nOne\nTwo\nTwo\nTwo\n", string(out))

	data, err := os.ReadFile(prefix + ".json")
	require.NoError(t, err)
	var trace struct {
		TraceEvents []struct {
			Name string         `json:"name"`
			Ph   string         `json:"ph"`
			Ts   float64        `json:"ts"`
			Tid  int            `json:"tid"`
			Args map[string]any `json:"args"`
		} `json:"traceEvents"`
	}
	require.NoError(t, json.Unmarshal(data, &trace))
	lanes := map[int]string{}
	var got []string
	for _, e := range trace.TraceEvents {
		switch {
		case e.Ph == "M" && e.Name == "thread_name":
			lanes[e.Tid] = e.Args["name"].(string)
		case e.Ph == "i":
			got = append(got, fmt.Sprintf("%g %s %s %v", e.Ts/1e6, lanes[e.Tid], e.Name, e.Args))
		case e.Ph == "E":
			got = append(got, fmt.Sprintf("%g %s step %v", e.Ts/1e6, lanes[e.Tid], e.Args))
		case e.Ph == "s" || e.Ph == "f":
			got = append(got, fmt.Sprintf("%g %s flow-%s", e.Ts/1e6, lanes[e.Tid], e.Ph))
		}
	}
	want := []string{
		"0 Task-1 created map[coro:main]",
		"0 Task-2 created map[coro:worker created by:Task-1]",
		"0 Task-3 created map[coro:worker created by:Task-1]",
		"0 Task-4 created map[coro:worker created by:Task-1]",
		"0 Task-1 flow-s", "0 Task-2 flow-f",
		"0 Task-1 flow-s", "0 Task-3 flow-f",
		"0 Task-1 flow-s", "0 Task-4 flow-f",
		"0 Task-1 step map[awaits:_GatheringFuture of Task-2, Task-3, Task-4]",
		"0 Task-2 step map[awaits:Future]",
		"0 Task-3 step map[awaits:Future]",
		"0 Task-4 step map[awaits:Future]",
		"1 Task-2 step map[outcome:returned]",
		"1 Task-3 step map[outcome:returned]",
		"1 Task-4 step map[outcome:returned]",
		"1 Task-1 step map[outcome:returned]",
		"1 Task-5 created map[coro:BaseEventLoop.shutdown_asyncgens]",
		"1 Task-5 step map[outcome:returned]",
		"1 Task-6 created map[coro:BaseEventLoop.shutdown_default_executor]",
		"1 Task-6 step map[outcome:returned]",
	}
	require.Equal(t, want, got)
	require.Equal(t, map[int]string{0: "event loop", 1: "Task-1", 2: "Task-2", 3: "Task-3", 4: "Task-4", 5: "Task-5", 6: "Task-6"}, lanes)

	page, err := os.ReadFile(prefix + ".html")
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(string(page), "<!DOCTYPE html>"))
	require.Contains(t, string(page), strings.TrimSpace(string(data)), "the page embeds the trace")
	require.NotContains(t, string(page), "http", "the page needs no network")

	t.Run("chromium", func(t *testing.T) { checkTracePageInChromium(t, prefix+".html") })
}

// checkTracePageInChromium renders the trace page in headless Chromium (Debian's package; .ci/run
// installs it where it can): the script runs, the three workers are three lanes with their step
// marks, and the screenshot is not blank.
func checkTracePageInChromium(t *testing.T, page string) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed (apt-get install chromium)")
	}
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--window-size=1000,500"}
	dom, err := exec.Command(chromium, append(flags, "--dump-dom", "file://"+page)...).Output()
	require.NoError(t, err)
	for _, worker := range []string{"Task-2", "Task-3", "Task-4"} {
		lane := regexp.MustCompile(`<div class="lane" data-tid="\d+"><div class="name">` + worker +
			`</div><div class="track">(.*?)</div></div>`).FindStringSubmatch(string(dom))
		require.NotNil(t, lane, "no lane for %s in the rendered page", worker)
		require.Equal(t, 2, strings.Count(lane[1], `class="mark step"`), "%s: its two steps", worker)
	}
	require.Contains(t, string(dom), "6 tasks, 10 steps, 1 s of loop time")

	shot := filepath.Join(t.TempDir(), "page.png")
	require.NoError(t, exec.Command(chromium, append(flags, "--screenshot="+shot, "file://"+page)...).Run())
	f, err := os.Open(shot)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	colors := map[color.Color]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			colors[img.At(x, y)] = true
		}
	}
	require.Greater(t, len(colors), 5, "the screenshot is blank")
}
