package py

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oracleCase pairs a Python expression (evaluated by testdata/gen_cases.py
// with CPython into testdata/cases.json) with the Go that must produce the
// same string.
type oracleCase struct {
	py  string
	go_ func() string
}

func c(py string, fn func() string) oracleCase { return oracleCase{py, fn} }

var oracle map[string]string

func loadOracle(t *testing.T) map[string]string {
	if oracle == nil {
		data, err := os.ReadFile("testdata/cases.json")
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &oracle))
	}
	return oracle
}

// outcome runs fn the way the oracle ran the Python: its string, or
// "!ExcName: str(exc)" if it raised.
func outcome(fn func() string) (s string) {
	RandomSeed(0)
	if exc := Try(func() { s = fn() }); exc != nil {
		return "!" + exc.Class.Name + ": " + ExcStr(exc)
	}
	return s
}

func checkCases(t *testing.T, cases []oracleCase) {
	t.Helper()
	want := loadOracle(t)
	for _, tc := range cases {
		exp, ok := want[tc.py]
		if !assert.True(t, ok, "case %q missing from testdata/cases.json: run python3 testdata/gen_cases.py", tc.py) {
			continue
		}
		assert.Equal(t, exp, outcome(tc.go_), "python: %s", tc.py)
	}
}

func L(items ...any) *List { return NewList(items...) }
func T(items ...any) Tuple { return Tuple(items) }
