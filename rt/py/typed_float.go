package py

import (
	"fmt"
	"iter"
)

// Typed generated code holds floats as float64, strs as string and bools as
// bool: the same Go values the dynamic side uses, so boxing them is free.
// +, - and * on two float64 are Go's own IEEE operations (codegen keeps a
// product rounded on its own, so no fused multiply-add changes a result);
// the operations with a Python error case are here, with CPython's messages.

// FloatDiv is a / b on floats.
func FloatDiv(a, b float64) float64 {
	if b == 0 {
		panic(New(ZeroDivisionError, "float division by zero"))
	}
	return a / b
}

// FloatFloorDiv is a // b on floats.
func FloatFloorDiv(a, b float64) float64 {
	if b == 0 {
		panic(New(ZeroDivisionError, "float floor division by zero"))
	}
	q, _ := floatDivmod(a, b)
	return q
}

// FloatMod is a % b on floats.
func FloatMod(a, b float64) float64 {
	if b == 0 {
		panic(New(ZeroDivisionError, "float modulo"))
	}
	_, m := floatDivmod(a, b)
	return m
}

// AsFloat unboxes a dynamic value that type inference proved is a float.
func AsFloat(v any) float64 {
	if f, ok := v.(float64); ok {
		return f
	}
	panic(unboxError(v, "float"))
}

// AsStr unboxes a dynamic value that type inference proved is a str.
func AsStr(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	panic(unboxError(v, "str"))
}

// AsBool unboxes a dynamic value that type inference proved is a bool.
func AsBool(v any) bool {
	if b, ok := v.(bool); ok {
		return b
	}
	panic(unboxError(v, "bool"))
}

// unboxError is the panic of an unboxing that meets a value of another type:
// type inference was wrong, and computing on would not be what CPython does.
func unboxError(v any, want string) string {
	return fmt.Sprintf("py: internal error: type inference typed a %s value as %s", TypeName(v), want)
}

// Strs iterates over an iterable that type inference proved yields strs
// (the characters of a str, the items of a list[str], ...).
func Strs(iterable any) iter.Seq[string] {
	return func(yield func(string) bool) {
		for v := range Iter(iterable) {
			if !yield(AsStr(v)) {
				return
			}
		}
	}
}
