package codegen_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pyasync2go/pyasync2go/codegen"
	"github.com/pyasync2go/pyasync2go/frontend"
	"github.com/pyasync2go/pyasync2go/ir"
)

func apiGen(t *testing.T, src string) (string, []string) {
	t.Helper()
	m, diags := frontend.Parse("m.py", []byte(src))
	require.False(t, diags.HasErrors(), "frontend: %v", diags)
	out, diags := codegen.Generate(m, codegen.Options{Package: "m", API: true})
	require.False(t, diags.HasErrors(), "codegen: %v", diags)
	var warnings []string
	for _, d := range diags {
		if d.Severity == ir.Warning {
			warnings = append(warnings, d.Msg)
		}
	}
	return string(out), warnings
}

func TestAPISkipsWhatGoCannotType(t *testing.T) {
	out, warnings := apiGen(t, `import functools
from typing import List, Optional


def deco(f):
    return f


@deco
def decorated(x: int) -> int:
    return x


def rebound(x: int) -> int:
    return x


rebound = None


def pos_default(x: int = 1, /) -> int:
    return x


def var_tuple() -> tuple[int, ...]:
    return (1,)


def list_key(d: dict[tuple, int]) -> int:
    return 0


def optional(x: Optional[int]) -> int:
    return 0


def gen(n: int) -> int:
    yield n


def no_return(x: int):
    return x


def fetch_all(x: int) -> int:
    return x


def fetchAll(x: int) -> int:
    return x


def _private(x) -> int:
    return x


def typing_list(xs: List[int], *rest, flag: bool, **kw) -> List[str]:
    return [str(x) for x in xs]
`)
	assert.Equal(t, []string{
		"def deco is not exported: parameter 'f' has no type annotation",
		"def decorated is not exported: it is decorated (the decorator decides its signature)",
		"def rebound is not exported: its name is bound more than once",
		"def pos_default is not exported: positional-only parameter 'x' has a default",
		"def var_tuple is not exported: return type tuple[int, ...]: a tuple of any length has no Go form",
		"def list_key is not exported: parameter 'd': tuple has no Go form",
		"def optional is not exported: parameter 'x': Optional[int] has no Go form",
		"def gen is not exported: it is a generator",
		"def no_return is not exported: it has no return annotation",
		"def fetchAll is not exported: its Go name FetchAll is taken by fetch_all's",
	}, warnings)
	assert.Contains(t, out, "\nfunc FetchAll(ctx context.Context, x int) (int, error) {\n")
	assert.NotContains(t, out, "func Private")
	// *args and **kwargs stay empty; a keyword-only parameter without a
	// default is a required Go parameter passed by keyword.
	assert.Contains(t, out, "\nfunc TypingList(ctx context.Context, xs []int, flag bool) ([]string, error) {\n")
	assert.Contains(t, out, `py.KW{
			Name:  "flag",
			Value: flag,
		}`)
	assert.Contains(t, out, "rt.ToPyList(rt.ToPy[int])(xs)")
	assert.NotContains(t, out, "func Main()")
}

func TestAPIModuleIsImported(t *testing.T) {
	src := `import asyncio


async def work(n: int) -> int:
    return n


if __name__ == "__main__":
    asyncio.run(work(1))
`
	out, _ := apiGen(t, src)
	assert.Contains(t, out, `py.Eq("m", "__main__")`)
	plain := gen(t, src, codegen.Options{Package: "m"})
	assert.Contains(t, plain, `py.Eq("__main__", "__main__")`)
}

func TestAPIRejectsTopLevelAwait(t *testing.T) {
	m, diags := frontend.Parse("m.py", []byte("import asyncio\nawait asyncio.sleep(0)\n"))
	require.False(t, diags.HasErrors())
	out, diags := codegen.Generate(m, codegen.Options{Package: "m", API: true})
	assert.Nil(t, out)
	require.True(t, diags.HasErrors())
	assert.True(t, strings.Contains(diags[0].Msg, "top-level await cannot be imported"), diags[0].Msg)
}

func TestAPINamesAvoidModuleNames(t *testing.T) {
	// Python names that are Go's context package and the generated helper
	// names get other Go identifiers.
	out, _ := apiGen(t, `context = 1
pyModule = 2
fetch_options = 3


async def fetch(url: str, retries: int = 3) -> dict[str, int]:
    return {url: retries + context + pyModule + fetch_options}
`)
	assert.Contains(t, out, "var pyModule2 = rt.NewModule(\"m.py\", program)")
	assert.Contains(t, out, "type FetchOption func(*fetchOptions2)")
	assert.Contains(t, out, "context2 = 1")
}

func TestAPIClasses(t *testing.T) {
	out, warnings := apiGen(t, `import dataclasses


class Oops(Exception):
    pass


@dataclasses.dataclass
class Point:
    x: int


class Base:
    def __init__(self, n: int):
        self.n = n


class Derived(Base):
    def double(self) -> int:
        return self.n * 2


class Counter(Base):
    def __init__(self, n: int, *, step: int = 1):
        super().__init__(n)
        self.step = step

    async def bump(self, times: int = 1) -> "Counter":
        self.n += self.step * times
        return self

    def value(self) -> int:
        return self.n

    def _hidden(self) -> int:
        return 0

    @property
    def twice(self) -> int:
        return 2 * self.n


class Untyped:
    def __init__(self, x):
        self.x = x


class Plain:
    def size(self) -> int:
        return 1


def total(counters: list[Counter], extra: dict[str, Counter]) -> int:
    return sum(c.n for c in counters)
`)
	assert.Equal(t, []string{
		"class Oops is not exported: it is an exception class (its instances come back as *Error)",
		"class Point is not exported: it is decorated (dataclasses and the like are not exported yet)",
		"class Derived is not exported: it inherits __init__ (define __init__ in the class to export it)",
		"method Counter.twice is not exported: it is decorated (staticmethod, classmethod, property and the like are not exported)",
		"class Untyped is exported without a constructor: __init__: parameter 'x' has no type annotation",
	}, warnings)
	assert.Contains(t, out, "\nfunc NewCounter(ctx context.Context, n int, opts ...NewCounterOption) (*Counter, error) {\n")
	assert.Contains(t, out, "\nfunc NewCounterStep(step int) NewCounterOption {\n")
	assert.Contains(t, out, "\nfunc (c *Counter) Value(ctx context.Context) (int, error) {\n")
	assert.Contains(t, out, "\nfunc (c *Counter) Bump(ctx context.Context, opts ...CounterBumpOption) (*Counter, error) {\n")
	assert.Contains(t, out, "\nfunc NewBase(ctx context.Context, n int) (*Base, error) {\n")
	assert.Contains(t, out, "\ntype Untyped struct {\n")
	// A class without __init__ is called without arguments.
	assert.Contains(t, out, "\nfunc NewPlain(ctx context.Context) (*Plain, error) {\n")
	assert.Contains(t, out, "\nfunc (p *Plain) Size(ctx context.Context) (int, error) {\n")
	assert.NotContains(t, out, "func NewUntyped")
	assert.Contains(t, out, "\nfunc Total(ctx context.Context, counters []*Counter, extra map[string]*Counter) (int, error) {\n")
	assert.Contains(t, out, "rt.ToPyList((*Counter).pyObject)(counters), rt.ToPyDict(rt.ToPy[string], (*Counter).pyObject)(extra)")
	assert.Contains(t, out, "\nfunc (c *Counter) pyObject() any {\n")
	// Base's handle goes to Python nowhere: no pyObject method for it.
	assert.NotContains(t, out, "func (b *Base) pyObject")
}
