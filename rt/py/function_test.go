package py

import (
	"bytes"
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func bindRepr(sig *Signature, args []any, kw []KW) func() string {
	return func() string { return Repr(Tuple(sig.Bind(args, kw))) }
}

func TestBindOracle(t *testing.T) {
	f := &Signature{Name: "f", QualName: "f", Params: []string{"a", "b"}}
	g := &Signature{Name: "g", QualName: "g", Params: []string{"a", "b", "c"}, Defaults: []any{2, 3}}
	h := &Signature{Name: "h", QualName: "h", Params: []string{"a"}, VarArgs: "args", KwOnly: []string{"k", "m"}, KwDefaults: map[string]any{"m": 0}, VarKw: "kw"}
	p := &Signature{Name: "p", QualName: "p", Params: []string{"a", "b", "c"}, NumPosOnly: 2}
	z := &Signature{Name: "z", QualName: "main.<locals>.z", Params: nil}
	k := &Signature{Name: "k", QualName: "k", KwOnly: []string{"x", "y", "w"}}
	checkCases(t, []oracleCase{
		c(bindDefs+`out = repr(f(1, 2))`, bindRepr(f, []any{1, 2}, nil)),
		c(bindDefs+`out = repr(f(1, b=2))`, bindRepr(f, []any{1}, []KW{{"b", 2}})),
		c(bindDefs+`out = repr(f(b=1, a=2))`, bindRepr(f, nil, []KW{{"b", 1}, {"a", 2}})),
		c(bindDefs+`out = repr(f(1))`, bindRepr(f, []any{1}, nil)),
		c(bindDefs+`out = repr(f())`, bindRepr(f, nil, nil)),
		c(bindDefs+`out = repr(f(1, 2, 3))`, bindRepr(f, []any{1, 2, 3}, nil)),
		c(bindDefs+`out = repr(f(1, a=2))`, bindRepr(f, []any{1}, []KW{{"a", 2}})),
		c(bindDefs+`out = repr(f(1, 2, c=3))`, bindRepr(f, []any{1, 2}, []KW{{"c", 3}})),
		c(bindDefs+`out = repr(g(1))`, bindRepr(g, []any{1}, nil)),
		c(bindDefs+`out = repr(g(1, c=9))`, bindRepr(g, []any{1}, []KW{{"c", 9}})),
		c(bindDefs+`out = repr(g())`, bindRepr(g, nil, nil)),
		c(bindDefs+`out = repr(g(1, 2, 3, 4))`, bindRepr(g, []any{1, 2, 3, 4}, nil)),
		c(bindDefs+`out = repr(h(1, 2, 3, k=4, z=5))`, bindRepr(h, []any{1, 2, 3}, []KW{{"k", 4}, {"z", 5}})),
		c(bindDefs+`out = repr(h(1, k=4))`, bindRepr(h, []any{1}, []KW{{"k", 4}})),
		c(bindDefs+`out = repr(h(1))`, bindRepr(h, []any{1}, nil)),
		c(bindDefs+`out = repr(h(k=1))`, bindRepr(h, nil, []KW{{"k", 1}})),
		c(bindDefs+`out = repr(p(1, 2, 3))`, bindRepr(p, []any{1, 2, 3}, nil)),
		c(bindDefs+`out = repr(p(1, 2, c=3))`, bindRepr(p, []any{1, 2}, []KW{{"c", 3}})),
		c(bindDefs+`out = repr(p(1, b=2, c=3))`, bindRepr(p, []any{1}, []KW{{"b", 2}, {"c", 3}})),
		c(bindDefs+`out = repr(z(1))`, bindRepr(z, []any{1}, nil)),
		c(bindDefs+`out = repr(z(1, 2))`, bindRepr(z, []any{1, 2}, nil)),
		c(bindDefs+`out = repr(z(q=1))`, bindRepr(z, nil, []KW{{"q", 1}})),
		c(bindDefs+`out = repr(k())`, bindRepr(k, nil, nil)),
		c(bindDefs+`out = repr(k(1, x=2))`, bindRepr(k, []any{1}, []KW{{"x", 2}})),
		c(bindDefs+`out = repr(f(1, 2, 3, 4))`, bindRepr(f, []any{1, 2, 3, 4}, nil)),
		c(bindDefs+`out = repr(g(1, 2, 3, 4, 5))`, bindRepr(g, []any{1, 2, 3, 4, 5}, nil)),
	})
}

func TestFunctionValues(t *testing.T) {
	fn := NewFunction(&Signature{Name: "f", QualName: "main.<locals>.f", File: "m.py", Line: 3, Params: []string{"x"}},
		func(b []any) any { return Mul(b[0], 2) })
	assert.Equal(t, 6, Call(fn, []any{3}, nil))
	assert.Regexp(t, regexp.MustCompile(`^<function main\.<locals>\.f at 0x[0-9a-f]+>$`), Repr(fn))
	assert.Equal(t, Repr(fn), Repr(fn), "address is stable")
	assert.Equal(t, "<built-in function len>", Repr(Builtin("len")))
	assert.Equal(t, "<class 'int'>", Repr(Builtin("int")))
	assert.True(t, IsInstance(3, Builtin("int")))
	xs := L(1)
	m := GetAttr(xs, "append")
	assert.Regexp(t, regexp.MustCompile(`^<built-in method append of list object at 0x[0-9a-f]+>$`), Repr(m))
	Call(m, []any{2}, nil)
	assert.Equal(t, "[1, 2]", Repr(xs))
	assert.Equal(t, "f", GetAttr(fn, "__name__"))
	assert.Equal(t, 7, Call(IntType, []any{"7"}, nil))
	e := Call(ValueError, []any{"boom"}, nil).(*Exception)
	assert.Equal(t, "ValueError('boom')", Repr(e))
	assert.Equal(t, "ValueError", GetAttr(GetAttr(e, "__class__"), "__name__"))
}

func TestPrint(t *testing.T) {
	var out, errOut bytes.Buffer
	Stdout.Reset(&out)
	Stderr.Reset(&errOut)
	defer func() {
		Stdout.Reset(os.Stdout)
		Stderr.Reset(os.Stderr)
	}()
	Print("a", 1, nil, 2.0, L("x"))
	CallBuiltin("print", []any{1, 2}, []KW{{"sep", "-"}, {"end", "!\n"}})
	CallBuiltin("print", []any{"err"}, []KW{{"file", Stderr}})
	CallBuiltin("print", nil, nil)
	CallBuiltin("print", []any{"x"}, []KW{{"sep", nil}, {"end", nil}, {"flush", true}})
	CallMethod(Stdout, "write", []any{"w\n"}, nil)
	FlushStdout()
	assert.Equal(t, "a 1 None 2.0 ['x']\n1-2!\n\nx\nw\n", out.String())
	assert.Equal(t, "err\n", errOut.String())
	exc := Try(func() { CallBuiltin("print", []any{1}, []KW{{"sep", 5}}) })
	assert.Equal(t, "sep must be None or a string, not int", ExcStr(exc))
}

const bindDefs = `exec:def f(a, b): return (a, b)
def g(a, b=2, c=3): return (a, b, c)
def h(a, *args, k, m=0, **kw): return (a, args, k, m, kw)
def p(a, b, /, c): return (a, b, c)
def k(*, x, y, w): return (x, y, w)
def main():
    def z(): return ()
    return z
z = main()
`
