package py

import (
	"bufio"
	"encoding/json"
	"math"
	"math/big"
	"os/exec"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"unicode/utf8"
)

// FuzzFormat checks format(value, spec) and `fmt % value` against CPython:
// each input runs through py.Format / py.PercentFormat here and through the
// same operation in one long-lived python3 process (the oracle), and the
// results, or the exceptions' "Type: message" lines, must be equal. The seed
// corpus runs in plain `go test`; `go test -fuzz FuzzFormat ./py` explores.
func FuzzFormat(f *testing.F) {
	seeds := []struct {
		kind  byte
		i     int64
		fl    float64
		s     string
		spec  string
		digit string
	}{
		{0, 42, 0, "", "05d", ""},
		{0, -1234567, 0, "", ",", ""},
		{0, 255, 0, "", "#x", ""},
		{0, 7, 0, "", "+08.3f", ""},
		{0, 0, 0, "", "c", ""},
		{1, 0, 3.14159, "", ".2f", ""},
		{1, 0, math.Copysign(0, -1), "", "g", ""},
		{1, 0, 1e300, "", "e", ""},
		{1, 0, math.Inf(1), "", "010.3%", ""},
		{1, 0, math.NaN(), "", "^12", ""},
		{1, 0, 1234567.891, "", "_.3f", ""},
		{1, 0, 0.1, "", "", ""},
		{2, 0, 0, "héllo", ">10", ""},
		{2, 0, 0, "abc", "*^9.2", ""},
		{2, 0, 0, "x", "d", ""},
		{3, 1, 0, "", "", ""},
		{3, 0, 0, "", "5", ""},
		{4, 0, 0, "", "_x", "123456789012345678901234567890"},
		{0, 5, 0, "%5.2f|%-4d|%r", "", ""},
		{2, 0, 0, "%s and %s", "", ""},
		{1, 0, 2.5, "%(a)s %%", "", ""},
		{1, 0, 1e16, "%#.3g", "", ""},
	}
	for _, s := range seeds {
		fmtOrSpec := s.spec
		if s.spec == "" && s.kind != 4 {
			fmtOrSpec = s.s
		}
		f.Add(s.kind, s.i, s.fl, s.s, fmtOrSpec, s.digit)
	}
	o := startFormatOracle(f)
	f.Fuzz(func(t *testing.T, kind byte, i int64, fl float64, s, spec, digits string) {
		if !utf8.ValidString(s) || !utf8.ValidString(spec) || hugeNumber.MatchString(spec) || len(spec) > 24 || len(s) > 64 {
			t.Skip("outside what a Python source can spell cheaply")
		}
		v, desc, ok := formatFuzzValue(kind%5, i, fl, s, digits)
		if !ok {
			t.Skip("no value")
		}
		for _, op := range []string{"format", "percent"} {
			got, unsupported := goFormat(op, v, spec)
			if unsupported {
				continue
			}
			want := o.ask(t, formatQuery{Op: op, Value: desc, Spec: spec})
			if got != want {
				t.Fatalf("%s(%s, %q):\n  got  %q\n  want %q (CPython)", op, desc.Repr(), spec, got, want)
			}
		}
	})
}

// hugeNumber keeps widths and precisions small: CPython would build (or
// refuse with MemoryError) strings of that size.
var hugeNumber = regexp.MustCompile(`[0-9]{4,}`)

// formatValue describes a value so the oracle can rebuild it exactly.
type formatValue struct {
	Kind string `json:"kind"` // int, float (hex), str, bool
	Text string `json:"text"`
}

func (v formatValue) Repr() string { return v.Kind + ":" + v.Text }

func formatFuzzValue(kind byte, i int64, fl float64, s, digits string) (any, formatValue, bool) {
	switch kind {
	case 0:
		return int(i), formatValue{"int", strconv.FormatInt(i, 10)}, true
	case 1:
		return fl, formatValue{"float", strconv.FormatFloat(fl, 'x', -1, 64)}, true
	case 2:
		return s, formatValue{"str", s}, true
	case 3:
		return i%2 != 0, formatValue{"bool", strconv.FormatBool(i%2 != 0)}, true
	default:
		if len(digits) == 0 || len(digits) > 60 {
			return nil, formatValue{}, false
		}
		b, ok := new(big.Int).SetString(digits, 10)
		if !ok {
			return nil, formatValue{}, false
		}
		if i < 0 {
			b.Neg(b)
		}
		return normBig(b), formatValue{"int", b.String()}, true
	}
}

// goFormat runs the operation in rt/py: its result, or "Type: message" for a
// Python exception. unsupported reports an operation rt rejects by name.
func goFormat(op string, v any, spec string) (out string, unsupported bool) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case *Exception:
				out = e.String()
			case *UnsupportedFeature:
				unsupported = true
			default:
				panic(r)
			}
		}
	}()
	if op == "format" {
		return Format(v, spec), false
	}
	return PercentFormat(spec, v), false
}

type formatQuery struct {
	Op    string      `json:"op"`
	Value formatValue `json:"value"`
	Spec  string      `json:"spec"`
}

// formatOracle is one python3 process answering formatQuery lines.
type formatOracle struct {
	mu  sync.Mutex
	in  *json.Encoder
	out *bufio.Scanner
}

const formatOracleScript = `
import json, sys
def value(v):
    k, t = v["kind"], v["text"]
    if k == "int": return int(t)
    if k == "float": return float.fromhex(t)
    if k == "bool": return t == "true"
    return t
for line in sys.stdin:
    q = json.loads(line)
    try:
        v = value(q["value"])
        if q["op"] == "format":
            r = format(v, q["spec"])
        else:
            r = q["spec"] % v
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(json.dumps(r), flush=True)
`

func startFormatOracle(f *testing.F) *formatOracle {
	cmd := exec.Command("python3", "-c", formatOracleScript)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		f.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		f.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		f.Fatalf("python3 (CPython 3.11, the oracle) does not start: %v", err)
	}
	f.Cleanup(func() {
		stdin.Close()
		cmd.Wait()
	})
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	return &formatOracle{in: json.NewEncoder(stdin), out: sc}
}

func (o *formatOracle) ask(t *testing.T, q formatQuery) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	if err := o.in.Encode(q); err != nil {
		t.Fatalf("oracle: %v", err)
	}
	if !o.out.Scan() {
		t.Fatalf("oracle stopped: %v", o.out.Err())
	}
	var r string
	if err := json.Unmarshal(o.out.Bytes(), &r); err != nil {
		t.Fatalf("oracle answer %q: %v", o.out.Text(), err)
	}
	return r
}
