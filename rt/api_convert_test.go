package rt

import (
	"errors"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

func TestFromPyScalars(t *testing.T) {
	huge, _ := new(big.Int).SetString("1180591620717411303424", 10)
	for _, tc := range []struct {
		name string
		got  func() (any, error)
		want any
		err  string
	}{
		{"int", func() (any, error) { return FromPyInt(7) }, 7, ""},
		{"bool is an int", func() (any, error) { return FromPyInt(true) }, 1, ""},
		{"small big int", func() (any, error) { return FromPyInt(big.NewInt(-5)) }, -5, ""},
		{"huge int", func() (any, error) { return FromPyInt(huge) }, 0, "Python int 1180591620717411303424 does not fit in a Go int"},
		{"str for int", func() (any, error) { return FromPyInt("7") }, 0, "want int, got str"},
		{"float", func() (any, error) { return FromPyFloat(2.5) }, 2.5, ""},
		{"int for float", func() (any, error) { return FromPyFloat(3) }, 3.0, ""},
		{"huge int for float", func() (any, error) { return FromPyFloat(huge) }, 1180591620717411303424.0, ""},
		{"int too large for a float", func() (any, error) { return FromPyFloat(new(big.Int).Lsh(big.NewInt(1), 1100)) }, 0.0, "OverflowError: int too large to convert to float"},
		{"None for float", func() (any, error) { return FromPyFloat(nil) }, 0.0, "want float, got NoneType"},
		{"str", func() (any, error) { return FromPyStr("héllo") }, "héllo", ""},
		{"bool", func() (any, error) { return FromPyBool(false) }, false, ""},
		{"int for bool", func() (any, error) { return FromPyBool(1) }, false, "want bool, got int"},
		{"None", func() (any, error) { return FromPyNone(nil) }, struct{}{}, ""},
		{"not None", func() (any, error) { return FromPyNone(0) }, struct{}{}, "want None, got int"},
	} {
		got, err := tc.got()
		if tc.err != "" {
			if err == nil || !errors.Is(err, ErrConversion) || !strings.HasSuffix(err.Error(), tc.err) {
				t.Errorf("%s: err = %v, want one ending %q wrapping ErrConversion", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %#v, %v; want %#v", tc.name, got, err, tc.want)
		}
	}
}

func TestFromPyContainers(t *testing.T) {
	ints := FromPyList(FromPyInt)
	got, err := ints(py.NewList(1, 2, 3))
	if err != nil || !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Errorf("list: %v, %v", got, err)
	}
	if _, err := ints(py.Tuple{1}); err == nil || !strings.Contains(err.Error(), "want list, got tuple") {
		t.Errorf("tuple for list: %v", err)
	}
	if _, err := ints(py.NewList(1, "x")); err == nil || !strings.HasPrefix(err.Error(), "[1]: ") {
		t.Errorf("bad item: %v", err)
	}

	nested := FromPyDict(FromPyStr, FromPyList(FromPyFloat))
	m, err := nested(py.DictOf("a", py.NewList(1.5), "b", py.NewList()))
	if err != nil || !reflect.DeepEqual(m, map[string][]float64{"a": {1.5}, "b": {}}) {
		t.Errorf("dict: %v, %v", m, err)
	}
	if _, err := nested(py.DictOf("a", py.NewList("x"))); err == nil || !strings.HasPrefix(err.Error(), "['a']: [0]: ") {
		t.Errorf("bad value: %v", err)
	}
	if _, err := nested(py.DictOf(1, py.NewList())); err == nil || !strings.HasPrefix(err.Error(), "key 1: ") {
		t.Errorf("bad key: %v", err)
	}

	items, err := FromPyTuple(py.Tuple{1, "a"}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if s, err := Item(items, 1, FromPyStr); err != nil || s != "a" {
		t.Errorf("item: %v, %v", s, err)
	}
	if _, err := Item(items, 0, FromPyStr); err == nil || !strings.HasPrefix(err.Error(), "[0]: ") {
		t.Errorf("bad item: %v", err)
	}
	if _, err := FromPyTuple(py.Tuple{1}, 2); err == nil || !strings.Contains(err.Error(), "want a tuple of 2 items, got 1") {
		t.Errorf("short tuple: %v", err)
	}
}

func TestToPy(t *testing.T) {
	l := ToPyList(ToPy[int])([]int{3, 1})
	if py.Repr(l) != "[3, 1]" {
		t.Errorf("list: %s", py.Repr(l))
	}
	if py.Repr(ToPyList(ToPy[string])(nil)) != "[]" {
		t.Error("a nil slice is an empty list")
	}
	// Insertion order is the sorted key order, whatever Go's map order.
	d := ToPyDict(ToPy[string], ToPyList(ToPy[float64]))(map[string][]float64{"b": {2}, "a": {1.5}, "c": nil})
	if got := py.Repr(d); got != "{'a': [1.5], 'b': [2.0], 'c': []}" {
		t.Errorf("dict: %s", got)
	}
	d = ToPyDict(ToPy[int], ToPy[bool])(map[int]bool{10: true, -1: false, 3: true})
	if got := py.Repr(d); got != "{-1: False, 3: True, 10: True}" {
		t.Errorf("dict: %s", got)
	}
}
