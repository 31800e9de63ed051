package frontend

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/ir"
)

// checkedReads lists the names whose reads the analysis marks, as
// "LINE:NAME:KIND" in source order.
func checkedReads(t *testing.T, src string) []string {
	t.Helper()
	m, diags := Parse("m.py", []byte(src))
	require.False(t, diags.HasErrors(), "%v", diags)
	kinds := map[ir.UnboundCheck]string{ir.CheckLocal: "local", ir.CheckGlobal: "global", ir.CheckFree: "free"}
	var out []string
	ir.Inspect(m.Body, func(n any) bool {
		if nm, ok := n.(*ir.Name); ok && nm.Check != ir.NoCheck {
			out = append(out, fmt.Sprintf("%d:%s:%s", nm.Pos.Line, nm.Id, kinds[nm.Check]))
		}
		return true
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// The usual layouts must carry no check at all: proven-bound reads cost
// nothing.
func TestUnboundProvenBound(t *testing.T) {
	for _, src := range []string{
		// Constants and defs first, the entry point last; defs read each
		// other and the constants in any order.
		"import asyncio\nRETRIES = 3\nasync def main():\n    return await helper(RETRIES)\n" +
			"async def helper(n):\n    return n + OFFSET\nOFFSET = 1\nasyncio.run(main())\n",
		// Locals assigned on every path, loops, try/except/else, with.
		"def f(xs, flag):\n    total = 0\n    for x in xs:\n        total += x\n    if flag:\n        y = 1\n" +
			"    else:\n        y = 2\n    try:\n        z = int('3')\n    except ValueError:\n        z = 0\n" +
			"    while True:\n        w = 1\n        break\n    return total + y + z + w\nprint(f([1], True))\n",
		// A closure over a variable bound before the closure can run.
		"def outer():\n    count = 0\n    def bump():\n        nonlocal count\n        count += 1\n        return count\n" +
			"    return bump\nprint(outer()())\n",
		// Comprehension variables and walrus in the first operand.
		"def g(xs):\n    if (n := len(xs)) > 1:\n        pass\n    return [x * n for x in xs]\nprint(g([1, 2]))\n",
	} {
		assert.Empty(t, checkedReads(t, src), "%s", src)
	}
}

func TestUnboundChecked(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		{"def f():\n    print(x)\n    x = 1\nf()\n", []string{"2:x:local"}},
		{"def f(flag):\n    if flag:\n        y = 1\n    return y\nf(1)\n", []string{"4:y:local"}},
		{"x = 1\ndel x\nprint(x)\n", []string{"3:x:global"}},
		{"for q in []:\n    pass\nprint(q)\n", []string{"3:q:global"}},
		{"try:\n    pass\nexcept E as e:\n    pass\nprint(e)\n", []string{"5:e:global"}},
		// del checks the name too; a deleted name is checked everywhere.
		{"def f():\n    v = 1\n    del v\n    del v\nf()\n", []string{"4:v:local"}},
		// A break skips the assignment after it.
		{"def f(xs):\n    for x in xs:\n        if x:\n            break\n        found = x\n    return found\nf([])\n",
			[]string{"6:found:local"}},
		// A handler may run before the body's assignment.
		{"def f():\n    try:\n        v = int('x')\n    except ValueError:\n        print(v)\nf()\n", []string{"5:v:local"}},
		// The walrus in a later `and` operand may not run.
		{"def f(a):\n    if a and (b := a):\n        pass\n    return b\nf(0)\n", []string{"4:b:local"}},
		// A closure created before its free variable is bound.
		{"def f():\n    def g():\n        return late\n    g()\n    late = 1\nf()\n", []string{"3:late:free"}},
		// A global assigned only after the first call.
		{"def f():\n    return LATE\nf()\nLATE = 1\n", []string{"2:LATE:global"}},
		// A yield suspends: the consumer may call the closure meanwhile.
		{"def gen():\n    def inner():\n        return val\n    yield inner\n    val = 1\n    yield inner\n",
			[]string{"3:val:free"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, checkedReads(t, c.src), "%s", c.src)
	}
}
