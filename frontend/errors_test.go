package frontend

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/ir"
)

// errorComment matches a trailing `# ERROR "re1" "re2"` annotation.
var errorComment = regexp.MustCompile(`#\s*ERROR((?:\s+"(?:[^"\\]|\\.)*")+)\s*$`)
var quoted = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)

// expectedErrors reads the ERROR annotations of a file: line -> regexps.
func expectedErrors(t *testing.T, src []byte) map[int][]*regexp.Regexp {
	want := map[int][]*regexp.Regexp{}
	for i, line := range strings.Split(string(src), "\n") {
		m := errorComment.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		for _, q := range quoted.FindAllStringSubmatch(m[1], -1) {
			pattern := strings.ReplaceAll(q[1], `\"`, `"`)
			re, err := regexp.Compile(pattern)
			require.NoError(t, err, "line %d", i+1)
			want[i+1] = append(want[i+1], re)
		}
	}
	return want
}

// TestErrorFiles checks, go/types style, that each testdata/errors file
// produces exactly the errors its `# ERROR "regexp"` comments announce.
func TestErrorFiles(t *testing.T) {
	files, err := filepath.Glob("../testdata/errors/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	total := 0
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			want := expectedErrors(t, src)
			_, diags := Parse(file, src)
			got := map[int][]ir.Diagnostic{}
			for _, d := range diags {
				if d.Severity == ir.Error {
					got[d.Pos.Line] = append(got[d.Pos.Line], d)
				}
			}
			for line, res := range want {
				total += len(res)
				unmatched := append([]ir.Diagnostic(nil), got[line]...)
				for _, re := range res {
					idx := -1
					for i, d := range unmatched {
						if re.MatchString(d.Msg) {
							idx = i
							break
						}
					}
					if assert.GreaterOrEqual(t, idx, 0, "%s:%d: no error matching %q; got %v", file, line, re, msgs(got[line])) {
						unmatched = append(unmatched[:idx], unmatched[idx+1:]...)
					}
				}
				assert.Empty(t, msgs(unmatched), "%s:%d: unexpected extra errors", file, line)
				delete(got, line)
			}
			for line, ds := range got {
				assert.Failf(t, "unexpected error", "%s:%d: %v", file, line, msgs(ds))
			}
		})
	}
	assert.GreaterOrEqual(t, total, 25, "the error files should cover at least 25 cases")
}

func msgs(ds []ir.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Msg))
	}
	return out
}
