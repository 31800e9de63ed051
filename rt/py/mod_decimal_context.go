package py

import (
	"iter"
	"math/big"
	"strings"
)

// decimal's contexts and signals, as _decimal.c has them: a context's
// flags and traps are libmpdec condition bits; an operation collects its
// conditions in a decOp and raises at its end (dec_addstatus).

// The rounding modes, decimal.ROUND_*.
const (
	RoundDown     = "ROUND_DOWN"
	RoundHalfUp   = "ROUND_HALF_UP"
	RoundHalfEven = "ROUND_HALF_EVEN"
	RoundCeiling  = "ROUND_CEILING"
	RoundFloor    = "ROUND_FLOOR"
	RoundUp       = "ROUND_UP"
	RoundHalfDown = "ROUND_HALF_DOWN"
	Round05Up     = "ROUND_05UP"
)

// decRoundings is the order of the rounding-mode error message.
var decRoundings = []string{RoundCeiling, RoundFloor, RoundUp, RoundDown, RoundHalfUp, RoundHalfDown, RoundHalfEven, Round05Up}

// The libmpdec conditions (mpdecimal.h's MPD_* status bits).
const (
	condClamped uint32 = 1 << iota
	condConversionSyntax
	condDivisionByZero
	condDivisionImpossible
	condDivisionUndefined
	condFpuError
	condInexact
	condInvalidContext
	condInvalidOperation
	condMallocError
	condFloatOperation
	condOverflow
	condRounded
	condSubnormal
	condUnderflow

	// condIEEEInvalid is the InvalidOperation signal: every condition
	// whose class derives from it.
	condIEEEInvalid = condConversionSyntax | condDivisionImpossible | condDivisionUndefined | condFpuError |
		condInvalidContext | condInvalidOperation | condMallocError
)

// The decimal module's exception classes. Underflow's third base
// (Subnormal) is not modeled: a Class has two bases at most.
var (
	DecimalException  = &Class{Name: "DecimalException", Module: "decimal", Base: ArithmeticError}
	DecClamped        = &Class{Name: "Clamped", Module: "decimal", Base: DecimalException}
	DecInvalidOp      = &Class{Name: "InvalidOperation", Module: "decimal", Base: DecimalException}
	DecConversionSyn  = &Class{Name: "ConversionSyntax", Module: "decimal", Base: DecInvalidOp}
	DecDivisionByZero = &Class{Name: "DivisionByZero", Module: "decimal", Base: DecimalException, Mixin: ZeroDivisionError}
	DecDivisionImposs = &Class{Name: "DivisionImpossible", Module: "decimal", Base: DecInvalidOp}
	DecDivisionUndef  = &Class{Name: "DivisionUndefined", Module: "decimal", Base: DecInvalidOp, Mixin: ZeroDivisionError}
	DecInexact        = &Class{Name: "Inexact", Module: "decimal", Base: DecimalException}
	DecInvalidContext = &Class{Name: "InvalidContext", Module: "decimal", Base: DecInvalidOp}
	DecRounded        = &Class{Name: "Rounded", Module: "decimal", Base: DecimalException}
	DecSubnormal      = &Class{Name: "Subnormal", Module: "decimal", Base: DecimalException}
	DecOverflow       = &Class{Name: "Overflow", Module: "decimal", Base: DecInexact, Mixin: DecRounded}
	DecUnderflow      = &Class{Name: "Underflow", Module: "decimal", Base: DecInexact, Mixin: DecRounded}
	DecFloatOperation = &Class{Name: "FloatOperation", Module: "decimal", Base: DecimalException, Mixin: TypeError}
)

// decSignal is one entry of _decimal.c's signal_map: a signal class and
// the condition bits it stands for.
type decSignal struct {
	cls  *Class
	bits uint32
}

// decSignals is signal_map's order (flags_as_exception picks the first
// trapped one; SignalDict's repr lists them in it).
var decSignals = []decSignal{
	{DecInvalidOp, condIEEEInvalid},
	{DecFloatOperation, condFloatOperation},
	{DecDivisionByZero, condDivisionByZero},
	{DecOverflow, condOverflow},
	{DecUnderflow, condUnderflow},
	{DecSubnormal, condSubnormal},
	{DecInexact, condInexact},
	{DecRounded, condRounded},
	{DecClamped, condClamped},
}

// decConds is cond_map's order: the InvalidOperation conditions that
// flags_as_list names before the signals.
var decConds = []decSignal{
	{DecInvalidOp, condInvalidOperation},
	{DecConversionSyn, condConversionSyntax},
	{DecDivisionImposs, condDivisionImpossible},
	{DecDivisionUndef, condDivisionUndefined},
	{DecInvalidContext, condInvalidContext},
}

// decReprOrder is mpd_lsnprint_signals' order, which Context's repr
// uses for flags and traps.
var decReprOrder = []decSignal{
	{DecClamped, condClamped},
	{DecInvalidOp, condIEEEInvalid},
	{DecDivisionByZero, condDivisionByZero},
	{DecInexact, condInexact},
	{DecFloatOperation, condFloatOperation},
	{DecOverflow, condOverflow},
	{DecRounded, condRounded},
	{DecSubnormal, condSubnormal},
	{DecUnderflow, condUnderflow},
}

// signalBits is the condition bits of a signal class (0 if cls is not one).
func signalBits(cls any) uint32 {
	for _, s := range decSignals {
		if s.cls == cls {
			return s.bits
		}
	}
	return 0
}

// DecContext is decimal.Context.
type DecContext struct {
	prec         int
	rounding     string
	emin, emax   int
	capitals     int
	clamp        int
	flags, traps uint32
}

const (
	decMaxPrec = 999999999999999999
	decMaxEmax = 999999999999999999
	decMinEmin = -999999999999999999
)

// decDefaultContext is DefaultContext's template (the C module's).
func decDefaultContext() *DecContext {
	return &DecContext{prec: 28, rounding: RoundHalfEven, emin: -999999, emax: 999999, capitals: 1,
		traps: condIEEEInvalid | condDivisionByZero | condOverflow}
}

func (c *DecContext) copy() *DecContext { n := *c; return &n }

func (c *DecContext) etiny() int { return c.emin - c.prec + 1 }
func (c *DecContext) etop() int  { return c.emax - c.prec + 1 }

// DecimalContextHooks connect the current context to rt's contextvars:
// the C module keeps it in a ContextVar, so each task has its own. Get
// returns nil when the variable is unset. Without hooks (rt/py's own
// tests) one variable serves.
var DecimalContextHooks struct {
	Get func() any
	Set func(any)
}

var decFallbackContext any

// decCurrent is getcontext(): the first use in a context sets a fresh
// copy of DefaultContext.
func decCurrent() *DecContext {
	var cur any
	if DecimalContextHooks.Get != nil {
		cur = DecimalContextHooks.Get()
	} else {
		cur = decFallbackContext
	}
	if c, ok := cur.(*DecContext); ok {
		return c
	}
	c := decDefaultContext()
	decSetCurrent(c)
	return c
}

func decSetCurrent(c *DecContext) {
	if DecimalContextHooks.Set != nil {
		DecimalContextHooks.Set(c)
	} else {
		decFallbackContext = c
	}
}

// DecimalGetcontext is decimal.getcontext().
func DecimalGetcontext() any { return decCurrent() }

// DecimalSetcontext is decimal.setcontext(context): the C module sets a
// copy when given one of the module's templates; here every Context
// the program made is set as is.
func DecimalSetcontext(c any) {
	ctx, ok := c.(*DecContext)
	if !ok {
		panic(New(TypeError, "argument must be a context"))
	}
	decSetCurrent(ctx)
}

// decOp is one operation under a context: the conditions it raised.
type decOp struct {
	*DecContext
	status uint32
}

func (c *DecContext) op() *decOp { return &decOp{DecContext: c} }

// done is dec_addstatus: the flags take the conditions; a trapped one
// raises its signal with the list of trapped conditions.
func (o *decOp) done() {
	o.flags |= o.status
	trapped := o.status & o.traps
	if trapped == 0 {
		return
	}
	var cls *Class
	for _, s := range decSignals {
		if trapped&s.bits != 0 {
			cls = s.cls
			break
		}
	}
	var list []any
	for _, s := range decConds {
		if trapped&s.bits != 0 {
			list = append(list, s.cls)
		}
	}
	for _, s := range decSignals[1:] {
		if trapped&s.bits != 0 {
			list = append(list, s.cls)
		}
	}
	panic(New(cls, NewList(list...)))
}

// raise records cond and returns the value _pydecimal's handler gives
// when it is not trapped (NaN for the invalid operations).
func (o *decOp) raise(cond uint32) decVal {
	o.status |= cond
	return decNaN
}

// raiseNaN is InvalidOperation on a signaling NaN: the quiet NaN with its
// payload.
func (o *decOp) raiseNaN(d decVal) decVal {
	o.status |= condInvalidOperation
	return o.fixNaN(decVal{sign: d.sign, digits: d.digits, special: 'n'})
}

// overflow is Overflow's handler: an infinity or the largest finite
// number, by rounding mode and sign.
func (o *decOp) overflow(sign int) decVal {
	o.status |= condOverflow | condInexact | condRounded
	switch o.rounding {
	case RoundHalfUp, RoundHalfEven, RoundHalfDown, RoundUp:
		return signedInf(sign)
	}
	if sign == 0 && o.rounding == RoundCeiling || sign == 1 && o.rounding == RoundFloor {
		return signedInf(sign)
	}
	return fromTriple(sign, strings.Repeat("9", o.prec), o.emax-o.prec+1)
}

// fixNaN is _fix_nan: the payload cut to fit the precision.
func (o *decOp) fixNaN(d decVal) decVal {
	maxLen := o.prec - o.clamp
	if len(d.digits) > maxLen {
		d.digits = strings.TrimLeft(d.digits[len(d.digits)-maxLen:], "0")
	}
	return d
}

// checkNaNs is _check_nans: ok is false when neither operand is a NaN.
func (o *decOp) checkNaNs(a decVal, b *decVal) (decVal, bool) {
	an, bn := a.isNaN(), 0
	if b != nil {
		bn = b.isNaN()
	}
	switch {
	case an == 0 && bn == 0:
		return decVal{}, false
	case an == 2:
		return o.raiseNaN(a), true
	case bn == 2:
		return o.raiseNaN(*b), true
	case an != 0:
		return o.fixNaN(a), true
	}
	return o.fixNaN(*b), true
}

// fix is _fix: the value rounded to the precision and its exponent kept
// in range.
func (o *decOp) fix(d decVal) decVal {
	if d.isSpecial() {
		if d.isNaN() != 0 {
			return o.fixNaN(d)
		}
		return d
	}
	etiny, etop := o.etiny(), o.etop()
	if d.isZero() {
		expMax := o.emax
		if o.clamp == 1 {
			expMax = etop
		}
		newExp := min(max(d.exp, etiny), expMax)
		if newExp != d.exp {
			o.status |= condClamped
			return fromTriple(d.sign, "0", newExp)
		}
		return d
	}
	expMin := len(d.digits) + d.exp - o.prec
	if expMin > etop {
		return o.overflow(d.sign)
	}
	subnormal := expMin < etiny
	if subnormal {
		expMin = etiny
	}
	if d.exp < expMin {
		digits := len(d.digits) + d.exp - expMin
		if digits < 0 {
			d = fromTriple(d.sign, "1", expMin-1)
			digits = 0
		}
		changed := d.roundWith(o.rounding, digits)
		coeff := d.digits[:digits]
		if coeff == "" {
			coeff = "0"
		}
		if changed > 0 {
			coeff = incDigits(strings.TrimLeft(coeff, "0"))
			if len(coeff) > o.prec {
				coeff = coeff[:len(coeff)-1]
				expMin++
			}
		}
		var ans decVal
		if expMin > etop {
			ans = o.overflow(d.sign)
		} else {
			ans = fromTriple(d.sign, coeff, expMin)
		}
		if changed != 0 && subnormal {
			o.status |= condUnderflow
		}
		if subnormal {
			o.status |= condSubnormal
		}
		if changed != 0 {
			o.status |= condInexact
		}
		o.status |= condRounded
		if !ans.isSpecial() && ans.isZero() {
			o.status |= condClamped
		}
		return ans
	}
	if subnormal {
		o.status |= condSubnormal
	}
	if o.clamp == 1 && d.exp > etop {
		o.status |= condClamped
		return fromTriple(d.sign, d.digits+strings.Repeat("0", d.exp-etop), etop)
	}
	return d
}

// The Context class.

func (c *DecContext) PyType() string       { return "decimal.Context" }
func (c *DecContext) PyTypeModule() string { return "decimal" }

func (c *DecContext) PyRepr() string {
	return "Context(prec=" + itoa(c.prec) + ", rounding=" + c.rounding + ", Emin=" + itoa(c.emin) +
		", Emax=" + itoa(c.emax) + ", capitals=" + itoa(c.capitals) + ", clamp=" + itoa(c.clamp) +
		", flags=" + decSignalList(c.flags) + ", traps=" + decSignalList(c.traps) + ")"
}

func decSignalList(bits uint32) string {
	var names []string
	for _, s := range decReprOrder {
		if bits&s.bits != 0 {
			names = append(names, s.cls.Name)
		}
	}
	return "[" + strings.Join(names, ", ") + "]"
}

// decContextMethods are the Context methods CPython has that this port
// leaves out: reading one stops the program (py.Unsupported).
var decContextMethods = []string{"compare_signal", "compare_total", "compare_total_mag", "copy_sign", "exp", "fma",
	"is_canonical", "is_normal", "is_subnormal", "ln", "log10", "logb", "logical_and", "logical_invert",
	"logical_or", "logical_xor", "max_mag", "min_mag", "next_minus", "next_plus", "next_toward", "number_class",
	"remainder_near", "rotate", "same_quantum", "scaleb", "shift", "to_eng_string", "to_integral_exact",
	"canonical", "radix", "create_decimal_from_float", "power", "divmod", "remainder", "divide_int", "max", "min",
	"copy_decimal", "copy_negate", "is_finite", "is_infinite", "is_qnan", "is_snan", "is_signed", "to_integral",
	"to_integral_value", "to_sci_string", "__reduce__", "_apply"}

func (c *DecContext) PyGetAttr(name string) (any, bool) {
	switch name {
	case "prec":
		return c.prec, true
	case "rounding":
		return c.rounding, true
	case "Emin":
		return c.emin, true
	case "Emax":
		return c.emax, true
	case "capitals":
		return c.capitals, true
	case "clamp":
		return c.clamp, true
	case "flags":
		return &DecSignalDict{bits: &c.flags}, true
	case "traps":
		return &DecSignalDict{bits: &c.traps}, true
	}
	method := func(lo, hi int, fn func(a []any) any) (any, bool) {
		return NewMethod(name, c, func(a []any, kw []KW) any {
			if len(kw) > 0 {
				panic(New(TypeError, name+"() takes no keyword arguments"))
			}
			arity(name, a, lo, hi)
			return fn(a)
		}), true
	}
	unary := func(fn func(o *decOp, x decVal) decVal) (any, bool) {
		return method(1, 1, func(a []any) any {
			o := c.op()
			x := o.convert(a[0], true)
			r := fn(o, x)
			o.done()
			return newDecimal(r)
		})
	}
	binary := func(fn func(o *decOp, x, y decVal) decVal) (any, bool) {
		return method(2, 2, func(a []any) any {
			o := c.op()
			x, y := o.convert(a[0], true), o.convert(a[1], true)
			r := fn(o, x, y)
			o.done()
			return newDecimal(r)
		})
	}
	switch name {
	case "copy":
		return method(0, 0, func([]any) any { return c.copy() })
	case "clear_flags":
		return method(0, 0, func([]any) any { c.flags = 0; return nil })
	case "clear_traps":
		return method(0, 0, func([]any) any { c.traps = 0; return nil })
	case "Etiny":
		return method(0, 0, func([]any) any { return c.etiny() })
	case "Etop":
		return method(0, 0, func([]any) any { return c.etop() })
	case "create_decimal":
		return method(0, 1, func(a []any) any {
			o := c.op()
			v := decZero
			if len(a) == 1 {
				v = o.construct(a[0])
			}
			if len(v.digits) > c.prec-c.clamp && v.isNaN() != 0 {
				o.status |= condConversionSyntax
				v = decNaN
			} else {
				v = o.fix(v)
			}
			o.done()
			return newDecimal(v)
		})
	case "add":
		return binary((*decOp).add)
	case "subtract":
		return binary((*decOp).sub)
	case "multiply":
		return binary((*decOp).mul)
	case "divide":
		return binary((*decOp).truediv)
	case "quantize":
		return binary(func(o *decOp, x, y decVal) decVal { return o.quantize(x, y, o.rounding) })
	case "sqrt":
		return unary((*decOp).sqrt)
	case "plus":
		return unary((*decOp).plus)
	case "minus":
		return unary((*decOp).neg)
	case "abs":
		return unary((*decOp).abs)
	case "normalize":
		return unary((*decOp).normalize)
	case "is_zero":
		return method(1, 1, func(a []any) any { return c.op().convert(a[0], true).isZero() })
	case "is_nan":
		return method(1, 1, func(a []any) any { return c.op().convert(a[0], true).isNaN() != 0 })
	case "compare":
		return binary((*decOp).compare)
	case "copy_abs":
		return method(1, 1, func(a []any) any { return newDecimal(c.op().convert(a[0], true).copyAbs()) })
	}
	for _, m := range decContextMethods {
		if m == name {
			Unsupported("decimal.Context." + name + "()")
		}
	}
	return nil, false
}

// PySetAttr validates as _decimal.c's context setters do.
func (c *DecContext) PySetAttr(name string, v any) bool {
	switch name {
	case "prec", "Emin", "Emax", "capitals", "clamp":
		n := decCtxInt(v)
		switch name {
		case "prec":
			if n < 1 || n > decMaxPrec {
				panic(New(ValueError, "valid range for prec is [1, MAX_PREC]"))
			}
			c.prec = n
		case "Emin":
			if n > 0 || n < decMinEmin {
				panic(New(ValueError, "valid range for Emin is [MIN_EMIN, 0]"))
			}
			c.emin = n
		case "Emax":
			if n < 0 || n > decMaxEmax {
				panic(New(ValueError, "valid range for Emax is [0, MAX_EMAX]"))
			}
			c.emax = n
		case "capitals":
			if n != 0 && n != 1 {
				panic(New(ValueError, "valid values for capitals are 0 or 1"))
			}
			c.capitals = n
		case "clamp":
			if n != 0 && n != 1 {
				panic(New(ValueError, "valid values for clamp are 0 or 1"))
			}
			c.clamp = n
		}
		return true
	case "rounding":
		c.rounding = decRounding(v)
		return true
	case "flags", "traps":
		bits := decSignalBitsOf(v)
		if name == "flags" {
			c.flags = bits
		} else {
			c.traps = bits
		}
		return true
	}
	panic(New(AttributeError, "'decimal.Context' object has no attribute '"+name+"'"))
}

func decCtxInt(v any) int {
	switch v.(type) {
	case int, bool:
		return toNum(v).i
	case *big.Int:
		panic(New(OverflowError, "Python int too large to convert to C ssize_t"))
	}
	panic(New(TypeError, "an integer is required"))
}

func decRounding(v any) string {
	if s, ok := v.(string); ok {
		for _, r := range decRoundings {
			if r == s {
				return r
			}
		}
	}
	panic(New(TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]"))
}

// decSignalBitsOf is a flags/traps argument: a list of signals or a dict
// (or SignalDict) of signal to truth.
func decSignalBitsOf(v any) uint32 {
	var bits uint32
	switch x := v.(type) {
	case *DecSignalDict:
		return *x.bits
	case *Dict:
		if x.Len() != len(decSignals) {
			panic(New(KeyError, "invalid signal dict"))
		}
		for _, k := range x.Keys() {
			b := signalBits(k)
			if b == 0 {
				panic(New(KeyError, "invalid signal dict"))
			}
			if val, _ := x.Get(k); Truth(val) {
				bits |= b
			}
		}
		return bits
	}
	for _, s := range toSlice(v) {
		b := signalBits(s)
		if b == 0 {
			panic(New(KeyError, "invalid error flag"))
		}
		bits |= b
	}
	return bits
}

// DecSignalDict is a context's flags or traps (the C module's
// SignalDict): a mapping of the nine signals to bools, live on the
// context.
type DecSignalDict struct{ bits *uint32 }

func (d *DecSignalDict) PyType() string       { return "SignalDict" }
func (d *DecSignalDict) PyTypeModule() string { return "abc" }
func (d *DecSignalDict) PyLen() int           { return len(decSignals) }

func (d *DecSignalDict) PyRepr() string {
	var parts []string
	for _, s := range decSignals {
		v := "False"
		if *d.bits&s.bits != 0 {
			v = "True"
		}
		parts = append(parts, Repr(s.cls)+":"+v)
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func (d *DecSignalDict) key(k any) uint32 {
	b := signalBits(k)
	if b == 0 {
		panic(New(KeyError, "invalid error flag"))
	}
	return b
}

func (d *DecSignalDict) PyGetItem(k any) any { return *d.bits&d.key(k) != 0 }

func (d *DecSignalDict) PySetItem(k, v any) {
	b := d.key(k)
	if Truth(v) {
		*d.bits |= b
	} else {
		*d.bits &^= b
	}
}

func (d *DecSignalDict) PyIter() iter.Seq[any] {
	return func(yield func(any) bool) {
		for _, s := range decSignals {
			if !yield(s.cls) {
				return
			}
		}
	}
}

// DecimalContext is decimal.Context(prec=None, rounding=None, Emin=None,
// Emax=None, capitals=None, clamp=None, flags=None, traps=None): unset
// fields come from DefaultContext, flags start clear.
func DecimalContext(args []any, kw []KW) any {
	names := []string{"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"}
	a := dtBind("", args, kw, names, 0, len(names))
	c := decDefaultContext()
	c.flags = 0
	for i, name := range names {
		if a[i] != nil {
			c.PySetAttr(name, a[i])
		}
	}
	return c
}

// DecContextManager is what localcontext() returns.
type DecContextManager struct {
	ctx, saved *DecContext
}

func (m *DecContextManager) PyType() string       { return "decimal.ContextManager" }
func (m *DecContextManager) PyTypeModule() string { return "decimal" }
func (m *DecContextManager) PyRepr() string {
	return "<decimal.ContextManager object at " + addrHex(m) + ">"
}

func (m *DecContextManager) PyEnter() any {
	m.saved = decCurrent()
	decSetCurrent(m.ctx)
	return m.ctx
}

func (m *DecContextManager) PyExit(*Exception) bool {
	decSetCurrent(m.saved)
	return false
}

// DecimalLocalcontext is decimal.localcontext(ctx=None, **kwargs): a copy
// of ctx (or of the current context) with kwargs' fields set.
func DecimalLocalcontext(args []any, kw []KW) any {
	var base any
	var rest []KW
	for _, k := range kw {
		if k.Name == "ctx" {
			base = k.Value
			continue
		}
		rest = append(rest, k)
	}
	if len(args) > 1 {
		panic(New(TypeError, "localcontext() takes at most 1 positional argument ("+itoa(len(args))+" given)"))
	}
	if len(args) == 1 {
		base = args[0]
	}
	var ctx *DecContext
	if base == nil {
		ctx = decCurrent().copy()
	} else if c, ok := base.(*DecContext); ok {
		ctx = c.copy()
	} else {
		panic(New(TypeError, "optional argument must be a context"))
	}
	for _, k := range rest {
		switch k.Name {
		case "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps":
			ctx.PySetAttr(k.Name, k.Value)
		default:
			panic(New(TypeError, "'"+k.Name+"' is an invalid keyword argument for this function"))
		}
	}
	return &DecContextManager{ctx: ctx}
}
