package py

import (
	"iter"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The os module: the environment, the process, and os.path (posixpath).

// Environ is os.environ: a mapping of str to str kept in step with the
// process environment (CPython's os._Environ), in the order the process
// received it.
type Environ struct {
	once sync.Once
	d    *Dict
}

var osEnviron = &Environ{}

// OsEnviron is os.environ.
func OsEnviron() *Environ { return osEnviron }

func (e *Environ) dict() *Dict {
	e.once.Do(func() {
		e.d = NewDict()
		for _, kv := range os.Environ() {
			k, v, _ := strings.Cut(kv, "=")
			e.d.Set(k, v)
		}
	})
	return e.d
}

func (e *Environ) PyRepr() string {
	var b strings.Builder
	b.WriteString("environ({")
	i := 0
	for k, v := range e.dict().All() {
		if i > 0 {
			b.WriteString(", ")
		}
		i++
		b.WriteString(Repr(k) + ": " + Repr(v))
	}
	b.WriteString("})")
	return b.String()
}

func (e *Environ) PyType() string       { return "_Environ" }
func (e *Environ) PyTypeModule() string { return "os" }
func (e *Environ) PyLen() int           { return e.dict().Len() }
func (e *Environ) PyIter() iter.Seq[any] {
	return slices.Values(e.dict().Keys())
}

func (e *Environ) PyContains(key any) bool {
	k, ok := key.(string)
	return ok && e.dict().Contains(k)
}

func envStr(x any) string {
	s, ok := x.(string)
	if !ok {
		panic(New(TypeError, "str expected, not "+TypeName(x)))
	}
	return s
}

func (e *Environ) PyGetItem(key any) any {
	if v, ok := e.dict().Get(envStr(key)); ok {
		return v
	}
	panic(New(KeyError, key))
}

func (e *Environ) PySetItem(key, v any) {
	k, s := envStr(key), envStr(v)
	os.Setenv(k, s)
	e.dict().Set(k, s)
}

func (e *Environ) PyDelItem(key any) {
	k := envStr(key)
	if _, ok := e.dict().Delete(k); !ok {
		panic(New(KeyError, key))
	}
	os.Unsetenv(k)
}

func (e *Environ) PyGetAttr(name string) (any, bool) {
	switch name {
	case "get":
		return NewMethod("get", e, func(args []any, kw []KW) any {
			noKw("get", kw)
			arity("get", args, 1, 2)
			if v, ok := e.dict().Get(envStr(args[0])); ok {
				return v
			}
			if len(args) == 2 {
				return args[1]
			}
			return nil
		}), true
	case "setdefault":
		return NewMethod("setdefault", e, func(args []any, kw []KW) any {
			noKw("setdefault", kw)
			arity("setdefault", args, 1, 2)
			if !e.PyContains(args[0]) {
				var v any
				if len(args) == 2 {
					v = args[1]
				}
				e.PySetItem(args[0], v)
			}
			return e.PyGetItem(args[0])
		}), true
	case "pop":
		return NewMethod("pop", e, func(args []any, kw []KW) any {
			noKw("pop", kw)
			arity("pop", args, 1, 2)
			if !e.PyContains(args[0]) {
				if len(args) == 2 {
					return args[1]
				}
				panic(New(KeyError, args[0]))
			}
			v := e.PyGetItem(args[0])
			e.PyDelItem(args[0])
			return v
		}), true
	case "keys", "values", "items", "copy":
		return NewMethod(name, e, func(args []any, kw []KW) any {
			return CallMethod(e.dict(), name, args, kw)
		}), true
	}
	return nil, false
}

// OsGetenv is os.getenv(key, default=None).
func OsGetenv(key, def any) any {
	if v, ok := osEnviron.dict().Get(envStr(key)); ok {
		return v
	}
	return def
}

// OsCpuCount is os.cpu_count(): the online CPUs, as sysconf reports them
// (not the affinity mask Go's NumCPU reads).
func OsCpuCount() any {
	if b, err := os.ReadFile("/sys/devices/system/cpu/online"); err == nil {
		n := 0
		for _, r := range strings.Split(strings.TrimSpace(string(b)), ",") {
			lo, hi, isRange := strings.Cut(r, "-")
			a, err1 := strconv.Atoi(lo)
			z := a
			var err2 error
			if isRange {
				z, err2 = strconv.Atoi(hi)
			}
			if err1 != nil || err2 != nil {
				return runtime.NumCPU()
			}
			n += z - a + 1
		}
		return n
	}
	return runtime.NumCPU()
}

// OsGetpid is os.getpid().
func OsGetpid() any { return os.Getpid() }

func fspath(x any) string {
	s, ok := x.(string)
	if !ok {
		panic(New(TypeError, "expected str, bytes or os.PathLike object, not "+TypeName(x)))
	}
	return s
}

// OsPathBasename is posixpath.basename.
func OsPathBasename(p any) any {
	s := fspath(p)
	return s[strings.LastIndexByte(s, '/')+1:]
}

// OsPathDirname is posixpath.dirname.
func OsPathDirname(p any) any {
	s := fspath(p)
	head := s[:strings.LastIndexByte(s, '/')+1]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head
}

// OsPathJoin is posixpath.join(a, *p).
func OsPathJoin(a any, p ...any) any {
	path := fspath(a)
	for _, x := range p {
		b, ok := x.(string)
		if !ok {
			panic(New(TypeError, "join() argument must be str, bytes, or os.PathLike object, not '"+TypeName(x)+"'"))
		}
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

// OsPathSplitext is posixpath.splitext: the extension starts at the last
// dot of the last component, unless the component is all leading dots.
func OsPathSplitext(p any) Tuple {
	s := fspath(p)
	sep := strings.LastIndexByte(s, '/')
	dot := strings.LastIndexByte(s, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if s[i] != '.' {
				return Tuple{s[:dot], s[dot:]}
			}
		}
	}
	return Tuple{s, ""}
}

// OsPathSplit is posixpath.split.
func OsPathSplit(p any) Tuple {
	s := fspath(p)
	i := strings.LastIndexByte(s, '/') + 1
	head, tail := s[:i], s[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return Tuple{head, tail}
}

// OsPathExists is os.path.exists.
func OsPathExists(p any) bool {
	_, err := os.Stat(fspath(p))
	return err == nil
}

// OsPathIsfile is os.path.isfile.
func OsPathIsfile(p any) bool {
	fi, err := os.Stat(fspath(p))
	return err == nil && fi.Mode().IsRegular()
}

// OsPathIsdir is os.path.isdir.
func OsPathIsdir(p any) bool {
	fi, err := os.Stat(fspath(p))
	return err == nil && fi.IsDir()
}
