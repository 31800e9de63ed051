package rt

import (
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// Conversions between the Go types of an API package's signatures and
// Python values. Go to Python builds fresh objects for each call (a Go
// slice becomes a new list, so Python code never aliases a caller's
// memory). Python to Go runs on the loop goroutine when the call finishes
// and copies, so the caller gets values Python code can no longer change.
// Python does not enforce annotations: a result that does not fit the
// annotated type is an error that is ErrConversion (errors.Is), never a silent
// truncation.

// ErrConversion matches (errors.Is) every error about a Python value that does
// not fit the Go type an API signature promises.
var ErrConversion = errors.New("a Python value does not fit its Go type")

// conversionErr says which value did not fit, and is ErrConversion.
type conversionErr struct{ msg string }

func (e *conversionErr) Error() string        { return e.msg }
func (e *conversionErr) Is(target error) bool { return target == ErrConversion }

func conversionError(format string, args ...any) error {
	return &conversionErr{fmt.Sprintf(format, args...)}
}

// FromPyInt converts a Python int (or bool, an int subclass) to an int; an
// int outside Go's int range is an error.
func FromPyInt(v any) (int, error) {
	switch x := v.(type) {
	case int:
		return x, nil
	case bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *big.Int:
		if x.IsInt64() && int64(int(x.Int64())) == x.Int64() {
			return int(x.Int64()), nil
		}
		return 0, conversionError("Python int %s does not fit in a Go int", x.String())
	}
	return 0, conversionError("want int, got %s", py.TypeName(v))
}

// FromPyFloat converts a Python float, or an int as float() would (an int
// too large for a float is an error, CPython's OverflowError).
func FromPyFloat(v any) (float64, error) {
	switch x := v.(type) {
	case float64:
		return x, nil
	case int, bool, *big.Int:
		var f any
		if exc := coreTry(func() { f = py.CallBuiltin("float", []any{x}, nil) }); exc != nil {
			return 0, conversionError("%s", exc.String())
		}
		return f.(float64), nil
	}
	return 0, conversionError("want float, got %s", py.TypeName(v))
}

// FromPyStr converts a Python str.
func FromPyStr(v any) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	return "", conversionError("want str, got %s", py.TypeName(v))
}

// FromPyBool converts a Python bool.
func FromPyBool(v any) (bool, error) {
	if b, ok := v.(bool); ok {
		return b, nil
	}
	return false, conversionError("want bool, got %s", py.TypeName(v))
}

// FromPyNone accepts the None a function annotated `-> None` returns.
func FromPyNone(v any) (struct{}, error) {
	if v != nil {
		return struct{}{}, conversionError("want None, got %s", py.TypeName(v))
	}
	return struct{}{}, nil
}

// FromPyList converts a Python list element by element.
func FromPyList[T any](elem func(any) (T, error)) func(any) ([]T, error) {
	return func(v any) ([]T, error) {
		l, ok := v.(*py.List)
		if !ok {
			return nil, conversionError("want list, got %s", py.TypeName(v))
		}
		out := make([]T, len(l.Items))
		for i, x := range l.Items {
			e, err := elem(x)
			if err != nil {
				return nil, fmt.Errorf("[%d]: %w", i, err)
			}
			out[i] = e
		}
		return out, nil
	}
}

// FromPyDict converts a Python dict entry by entry.
func FromPyDict[K comparable, V any](key func(any) (K, error), val func(any) (V, error)) func(any) (map[K]V, error) {
	return func(v any) (map[K]V, error) {
		d, ok := v.(*py.Dict)
		if !ok {
			return nil, conversionError("want dict, got %s", py.TypeName(v))
		}
		out := make(map[K]V, d.Len())
		for k, x := range d.All() {
			gk, err := key(k)
			if err != nil {
				return nil, fmt.Errorf("key %s: %w", py.Repr(k), err)
			}
			gv, err := val(x)
			if err != nil {
				return nil, fmt.Errorf("[%s]: %w", py.Repr(k), err)
			}
			out[gk] = gv
		}
		return out, nil
	}
}

// FromPyTuple checks that v is a tuple of n items and returns them: a
// function annotated `-> tuple[A, B]` returns them as two Go results.
func FromPyTuple(v any, n int) ([]any, error) {
	t, ok := v.(py.Tuple)
	if !ok {
		return nil, conversionError("want tuple, got %s", py.TypeName(v))
	}
	if len(t) != n {
		return nil, conversionError("want a tuple of %d items, got %d", n, len(t))
	}
	return t, nil
}

// Item converts item i of a tuple FromPyTuple returned.
func Item[T any](items []any, i int, conv func(any) (T, error)) (T, error) {
	v, err := conv(items[i])
	if err != nil {
		return v, fmt.Errorf("[%d]: %w", i, err)
	}
	return v, nil
}

// ToPy converts a Go scalar of an API signature: int, float64, string and
// bool are already the Python values int, float, str and bool.
func ToPy[T int | float64 | string | bool](v T) any { return v }

// ToPyList converts a Go slice to a new Python list (nil: an empty list).
func ToPyList[T any](elem func(T) any) func([]T) any {
	return func(xs []T) any {
		items := make([]any, len(xs))
		for i, x := range xs {
			items[i] = elem(x)
		}
		return py.NewList(items...)
	}
}

// ToPyDict converts a Go map to a new Python dict whose insertion order is
// the keys' sorted order, so a Python function that iterates it behaves
// the same on every call (Go's map order is random).
func ToPyDict[K comparable, V any](key func(K) any, val func(V) any) func(map[K]V) any {
	return func(m map[K]V) any {
		type entry struct{ k, v any }
		entries := make([]entry, 0, len(m))
		for k, v := range m {
			entries = append(entries, entry{key(k), val(v)})
		}
		// Keys of one Go map type are all ints, floats, strs or bools, which
		// Python orders (NaN keys end up wherever the sort leaves them).
		sort.Slice(entries, func(i, j int) bool { return py.Lt(entries[i].k, entries[j].k) })
		d := py.NewDict()
		for _, e := range entries {
			d.Set(e.k, e.v)
		}
		return d
	}
}

// FromPyInstance converts an instance of the class cls (subclasses
// included) to the API package's handle on it, made by wrap.
func FromPyInstance[H any](v, cls any, wrap func(any) H) (H, error) {
	if !py.IsInstance(v, cls) {
		var zero H
		return zero, conversionError("want %s, got %s", py.Str(py.GetAttr(cls, "__name__")), py.TypeName(v))
	}
	return wrap(v), nil
}
