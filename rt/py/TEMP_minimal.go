package py

import (
	"fmt"
	"strconv"
)

// Minimal placeholders until the value-semantics work lands; replaced wholesale.
func Repr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return strconv.Quote(x)
	case Object:
		return x.PyRepr()
	}
	return fmt.Sprint(v)
}

func Str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case Stringer:
		return x.PyStr()
	}
	return Repr(v)
}

func ExcStr(e *Exception) string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		return Str(e.Args[0])
	}
	return fmt.Sprint(e.Args)
}
