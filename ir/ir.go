package ir

// Pos is a 1-based source position. Col counts Unicode code points, the way
// CPython reports columns in its SyntaxError carets (offset+1).
type Pos struct {
	Line, Col int
}

// Module is one Python source file after lowering.
type Module struct {
	File   string // base name, e.g. "m.py": what reprs and //line directives show
	Path   string // path as given on the command line
	Source []byte // the source, BOM removed, CRLF kept as read
	Body   []Stmt
	Scope  *Scope
	// TopLevelAwait is true when the module body awaits outside any function
	// (notebook style). The body then runs as the main coroutine of asyncio.run.
	TopLevelAwait bool
	// Funcs lists every def, async def and lambda in source order.
	Funcs []*FuncDef
	// SyntaxErrors is set when the frontend reported a syntax error: the
	// IR is then too partial for later phases to look for more problems
	// (after other frontend errors they still do, to report every
	// unsupported construct in one run).
	SyntaxErrors bool
}

// ---------------------------------------------------------------- scopes

type ScopeKind int

const (
	ModuleScope ScopeKind = iota
	FunctionScope
	ComprehensionScope
	// ClassScope is a class body: its names live in the class namespace,
	// and functions nested in it do not see them (Python skips class
	// scopes when resolving free variables).
	ClassScope
)

// Scope follows Python's rules: a name bound anywhere in a function body is
// local to the whole body unless declared global or nonlocal.
type Scope struct {
	Kind   ScopeKind
	Parent *Scope
	Func   *FuncDef // nil for the module scope
	Names  map[string]*Symbol
	Order  []*Symbol // symbols in first-binding order, for deterministic output
}

type SymKind int

const (
	SymLocal   SymKind = iota // bound in this scope (module scope: a global variable)
	SymParam                  // a parameter of this function
	SymGlobal                 // declared global, or read here but bound only at module level
	SymFree                   // bound in an enclosing function (closure variable, or nonlocal)
	SymBuiltin                // not bound anywhere: a Python builtin such as print or len
)

type Symbol struct {
	Name  string
	Kind  SymKind
	Scope *Scope  // the scope the symbol belongs to
	Def   *Symbol // for SymFree / SymGlobal: the binding symbol in the defining scope
	// Bindings counts assignments, defs, imports, for-targets, except-as,
	// with-as and parameters that bind the name in its defining scope. A module
	// level def bound once can become a plain Go func; bound twice it must be a
	// variable (the seed notes define mycoro twice).
	Bindings int
	// Captured is true when an inner function or lambda reads or writes it.
	Captured bool
	// MayBeUnbound is set by the frontend's definite-assignment analysis on a
	// binding symbol when some read of it (or `del` of it) carries a Check:
	// its variable then starts as, and `del` or the end of an `except ... as`
	// clause resets it to, the unbound sentinel that the check looks for.
	MayBeUnbound bool
	Type         Type // filled by Infer; nil before
	Pos          Pos  // first binding
}

// ---------------------------------------------------------------- statements

type Stmt interface {
	stmtNode()
	GetPos() Pos
}

type StmtBase struct{ Pos Pos }

func (s *StmtBase) GetPos() Pos { return s.Pos }
func (*StmtBase) stmtNode()     {}

type ExprStmt struct {
	StmtBase
	X Expr
}

// Assign is `a = b = value`; each target may be a Name, Attribute, Subscript,
// or a Tuple/List of targets (with at most one Starred).
type Assign struct {
	StmtBase
	Targets    []Expr
	Value      Expr
	Annotation Expr // `x: int = 1`; nil otherwise. Hint only.
}

type AugAssign struct {
	StmtBase
	Target Expr
	Op     BinOpKind
	Value  Expr
}

type If struct {
	StmtBase
	Cond Expr
	Body []Stmt
	Else []Stmt // an elif chain is a single nested *If here
}

type While struct {
	StmtBase
	Cond Expr
	Body []Stmt
	Else []Stmt
}

type For struct {
	StmtBase
	Target  Expr
	Iter    Expr
	Body    []Stmt
	Else    []Stmt
	IsAsync bool
}

type Break struct{ StmtBase }
type Continue struct{ StmtBase }
type Pass struct{ StmtBase }

type Return struct {
	StmtBase
	Value Expr // nil for a bare return
}

type Global struct {
	StmtBase
	Names []string
}

type Nonlocal struct {
	StmtBase
	Names []string
}

type Delete struct {
	StmtBase
	Targets []Expr
}

type Assert struct {
	StmtBase
	Test Expr
	Msg  Expr
}

type Raise struct {
	StmtBase
	Exc   Expr // nil: bare re-raise
	Cause Expr // `from X`; nil when absent
	// FromNone is `raise X from None`.
	FromNone bool
}

type ExceptHandler struct {
	Pos  Pos
	Type Expr   // nil for a bare except; may be a Tuple of classes
	Name string // `as name`; "" when absent
	Sym  *Symbol
	Body []Stmt
}

type Try struct {
	StmtBase
	Body     []Stmt
	Handlers []*ExceptHandler
	Star     bool // except* (the handlers match inside an ExceptionGroup)
	Else     []Stmt
	Finally  []Stmt
}

type WithItem struct {
	Ctx Expr
	Var Expr // nil when there is no `as`
}

type With struct {
	StmtBase
	Items   []WithItem
	Body    []Stmt
	IsAsync bool
}

// Import binds module names: `import asyncio`, `import asyncio as aio`,
// `import os.path`.
type Import struct {
	StmtBase
	Names []ImportName
}

// ImportFrom is `from asyncio import sleep as nap, gather`.
type ImportFrom struct {
	StmtBase
	Module string
	Names  []ImportName
}

type ImportName struct {
	Name  string // dotted module name, or the imported attribute
	Alias string // "" when there is no `as`
	Sym   *Symbol
}

type Param struct {
	Name       string
	Sym        *Symbol
	Default    Expr // nil when required
	Annotation Expr // hint only
	Kind       ParamKind
	Pos        Pos
}

type ParamKind int

const (
	ParamPositional ParamKind = iota // may be passed by position or keyword
	ParamPosOnly                     // before a `/`
	ParamVarArgs                     // *args
	ParamKwOnly                      // after * or *args
	ParamVarKw                       // **kwargs
)

// FuncDef is a def, an async def, or a lambda (IsLambda; Body is one Return).
type FuncDef struct {
	StmtBase
	Name     string // "<lambda>" for lambdas
	QualName string // CPython __qualname__: "main.<locals>.cb", "main.<locals>.<lambda>"
	Params   []*Param
	Body     []Stmt
	IsAsync  bool
	IsLambda bool
	// IsGenerator: the body contains yield (a generator function).
	IsGenerator bool
	Decorators  []Expr
	Returns     Expr // return annotation, hint only
	Scope       *Scope
	Sym         *Symbol // the name the def binds (nil for lambdas)
	// FirstLine is co_firstlineno: the first decorator's line, else the def line.
	FirstLine int
	Parent    *FuncDef // enclosing function; nil at module level
	// Class is the class whose body directly contains the def (a method):
	// zero-argument super() needs it.
	Class *ClassDef
}

// ---------------------------------------------------------------- expressions

type Expr interface {
	exprNode()
	GetPos() Pos
	GetType() Type
	SetType(Type)
}

type ExprBase struct {
	Pos Pos
	T   Type
}

func (e *ExprBase) GetPos() Pos    { return e.Pos }
func (e *ExprBase) GetType() Type  { return e.T }
func (e *ExprBase) SetType(t Type) { e.T = t }
func (*ExprBase) exprNode()        {}

type Name struct {
	ExprBase
	Id  string
	Sym *Symbol
	// Check is what a read (or `del`) of the name must verify because the
	// frontend could not prove the variable bound there; NoCheck costs
	// nothing. Store targets never carry one.
	Check UnboundCheck
}

// UnboundCheck says which error a read of a possibly unbound variable
// raises when it finds the variable unbound.
type UnboundCheck uint8

const (
	NoCheck     UnboundCheck = iota
	CheckLocal               // UnboundLocalError: cannot access local variable 'x' ...
	CheckGlobal              // NameError: name 'x' is not defined
	CheckFree                // NameError: cannot access free variable 'x' ... in enclosing scope
)

// IntLit keeps the literal's decimal value as text, because Python ints are
// unbounded.
type IntLit struct {
	ExprBase
	Value string
}

type FloatLit struct {
	ExprBase
	Value float64
}

type ImagLit struct {
	ExprBase
	Value float64
}

// StrLit holds the decoded value: escapes resolved, adjacent literals joined.
type StrLit struct {
	ExprBase
	Value string
}

type BytesLit struct {
	ExprBase
	Value []byte
}

type BoolLit struct {
	ExprBase
	Value bool
}

type NoneLit struct{ ExprBase }

type EllipsisLit struct{ ExprBase }

// FString is an f-string; adjacent plain literals are folded into Parts.
type FString struct {
	ExprBase
	Parts []FStringPart
}

// FStringPart is either literal text (X == nil) or a replacement field.
type FStringPart struct {
	Lit        string
	X          Expr
	Conversion byte     // 0, 'r', 's' or 'a'
	Spec       *FString // nil when there is no format spec; may contain fields
	// SelfDoc is the `f"{x=}"` text ("x="), printed before the value.
	SelfDoc string
}

type BinOpKind int

const (
	Add BinOpKind = iota
	Sub
	Mul
	MatMul
	Div      // /
	FloorDiv // //
	Mod      // %
	Pow      // **
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
)

var BinOpText = [...]string{"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&"}

type BinOp struct {
	ExprBase
	Op   BinOpKind
	X, Y Expr
}

type UnaryOpKind int

const (
	Neg UnaryOpKind = iota
	UPlus
	Not
	Invert
)

type UnaryOp struct {
	ExprBase
	Op UnaryOpKind
	X  Expr
}

type BoolOpKind int

const (
	And BoolOpKind = iota
	Or
)

// BoolOp is `a and b and c`: Python returns the deciding operand, not a bool.
type BoolOp struct {
	ExprBase
	Op     BoolOpKind
	Values []Expr
}

type CmpOpKind int

const (
	Eq CmpOpKind = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var CmpOpText = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

// Compare is a (possibly chained) comparison: `a < b <= c`.
type Compare struct {
	ExprBase
	Left        Expr
	Ops         []CmpOpKind
	Comparators []Expr
}

// Arg is one call argument.
type Arg struct {
	Value      Expr
	Name       string // keyword argument name; "" for positional
	Star       bool   // *iterable
	DoubleStar bool   // **mapping
}

type Call struct {
	ExprBase
	Func Expr
	Args []Arg
}

type Attribute struct {
	ExprBase
	X    Expr
	Name string
}

type Subscript struct {
	ExprBase
	X     Expr
	Index Expr // may be a *Slice or a Tuple of indexes
}

type Slice struct {
	ExprBase
	Lo, Hi, Step Expr // nil when omitted
}

type ListLit struct {
	ExprBase
	Elts []Expr // may contain *Starred
}

type TupleLit struct {
	ExprBase
	Elts []Expr
}

type SetLit struct {
	ExprBase
	Elts []Expr
}

// DictLit: a nil key means `**value`.
type DictLit struct {
	ExprBase
	Keys   []Expr
	Values []Expr
}

type Starred struct {
	ExprBase
	X Expr
}

type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

type CompKind int

const (
	ListComp CompKind = iota
	SetComp
	DictComp
	GenExp
)

// Comp is a list/set/dict comprehension or a generator expression. A
// generator expression is a generator object: its first iterable is
// evaluated (and iter() taken) where it stands, the rest lazily as it is
// consumed.
type Comp struct {
	ExprBase
	Kind       CompKind
	Elt        Expr // element; for DictComp the key
	Value      Expr // DictComp value
	Generators []Comprehension
	Scope      *Scope
	// QualName is CPython's __qualname__ of the comprehension's code:
	// "main.<locals>.<genexpr>".
	QualName string
}

type Lambda struct {
	ExprBase
	Func *FuncDef
}

type IfExp struct {
	ExprBase
	Cond, Then, Else Expr
}

type Await struct {
	ExprBase
	X Expr
}

// Yield is `yield X` (X nil: bare yield) or `yield from X` (From), inside
// a generator function (FuncDef.IsGenerator).
type Yield struct {
	ExprBase
	X    Expr
	From bool
}

// NamedExpr is `name := value`.
type NamedExpr struct {
	ExprBase
	Target *Name
	Value  Expr
}

// ---------------------------------------------------------------- resolved library references

// ModuleRef is a reference to a supported module object itself (`asyncio`
// used as a value, e.g. `asyncio.sleep` passed around). Rare.
type ModuleRef struct {
	ExprBase
	Module string // "asyncio", "time", "random", "sys"
}

// LibAttr is a resolved attribute of a supported standard-library module,
// however it was imported: `asyncio.sleep`, `aio.sleep`, or `sleep` after
// `from asyncio import sleep`. Module is the canonical module name.
// The frontend rejects attributes outside the supported table with a
// diagnostic, so codegen can rely on every LibAttr being supported.
type LibAttr struct {
	ExprBase
	Module string // "asyncio", "time", "random", "sys"
	Name   string // "sleep", "CancelledError", "monotonic", "argv", ...
}

// AsyncOp names a first-class asyncio operation.
type AsyncOp int

const (
	OpSleep AsyncOp = iota
	OpGather
	OpCreateTask
	OpEnsureFuture
	OpRun
	OpWait
	OpWaitFor
	OpAsCompleted
	OpShield
	OpTimeout
	OpTimeoutAt
	OpGetEventLoop
	OpGetRunningLoop
	OpNewEventLoop
	OpSetEventLoop
	OpCurrentTask
	OpAllTasks
	OpToThread
	OpRunCoroutineThreadsafe
	OpIsCoroutine // asyncio.iscoroutine
	OpNewQueue
	OpNewPriorityQueue
	OpNewLifoQueue
	OpNewLock
	OpNewEvent
	OpNewCondition
	OpNewSemaphore
	OpNewBoundedSemaphore
	OpNewTaskGroup
	OpNewFuture // asyncio.Future()
)

// AsyncCall is a call of an asyncio module function or class, lifted out of
// the generic Call so that later passes see tasks, gathers and sleeps
// directly. Args are the call's arguments as written.
type AsyncCall struct {
	ExprBase
	Op   AsyncOp
	Name string // the asyncio attribute name as written, e.g. "ensure_future"
	Args []Arg
}

// LibCall is a call of a supported non-asyncio standard-library function
// (time.sleep, time.time, random.randint, sys.exit, ...).
type LibCall struct {
	ExprBase
	Module string
	Name   string
	Args   []Arg
}

// BuiltinCall is a call of a Python builtin that is not shadowed:
// print, len, range, str, ... Name is the builtin's name.
type BuiltinCall struct {
	ExprBase
	Name string
	Args []Arg
}

// ---------------------------------------------------------------- additions (frontend)

// ClassDef is a class statement. The body runs once, in order, in the
// class's own scope (Scope, kind ClassScope); what it binds becomes the
// class namespace. Bases are the base-class expressions as written.
// IsException is set when every base is statically an exception class
// (the class is then a py.Class whose instances are *py.Exception).
type ClassDef struct {
	StmtBase
	Name        string
	QualName    string
	Bases       []Expr
	Decorators  []Expr
	Body        []Stmt
	Scope       *Scope
	Doc         string // docstring; "" when absent
	Sym         *Symbol
	IsException bool
	// Annotations are the names the body annotates (`x: int`, `y: str =
	// ""`), in order; the annotations are not evaluated.
	Annotations []ClassAnnotation
	// FirstLine is the first decorator's line, else the class line.
	FirstLine int
}

// ClassAnnotation is one annotated name of a class body; ClassVar marks
// `ClassVar[...]`, which dataclasses skip.
type ClassAnnotation struct {
	Name     string
	ClassVar bool
}
