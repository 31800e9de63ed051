package frontend

import (
	"strings"

	"github.com/pyasync2go/pyasync2go/ir"
)

// supportedModules lists the importable modules and, for each, the
// attributes the translator implements.
var supportedModules = map[string]map[string]bool{
	"asyncio": set("sleep gather create_task ensure_future run wait wait_for as_completed shield " +
		"timeout timeout_at get_event_loop get_running_loop new_event_loop set_event_loop " +
		"current_task all_tasks to_thread run_coroutine_threadsafe iscoroutine Queue PriorityQueue " +
		"LifoQueue Lock Event Condition Semaphore BoundedSemaphore TaskGroup Future Task " +
		"CancelledError TimeoutError InvalidStateError QueueEmpty QueueFull FIRST_COMPLETED " +
		"FIRST_EXCEPTION ALL_COMPLETED"),
	"time":   set("time monotonic perf_counter process_time sleep strftime localtime ctime gmtime time_ns monotonic_ns"),
	"random": set("random randint uniform choice shuffle seed sample randrange"),
	"sys":    set("argv exit stdout stderr version_info maxsize"),
}

// annotationOnly lists, per module, the names a program may import and use
// in annotations but not at run time: all of typing (python3.11 -c "import
// typing; print(*sorted(n for n in dir(typing) if not n.startswith('_')))"),
// and asyncio's classes the runtime does not offer as values (from the
// classes in dir(asyncio)). Annotations are never evaluated by translated
// programs, so these names only need to exist.
var annotationOnly = map[string]map[string]bool{
	"typing": set("ABCMeta AbstractSet Annotated Any AnyStr AsyncContextManager AsyncGenerator " +
		"AsyncIterable AsyncIterator Awaitable BinaryIO ByteString CT_co Callable ChainMap ClassVar " +
		"Collection Concatenate Container ContextManager Coroutine Counter DefaultDict Deque Dict " +
		"EXCLUDED_ATTRIBUTES Final ForwardRef FrozenSet Generator Generic GenericAlias Hashable IO " +
		"ItemsView Iterable Iterator KT KeysView List Literal LiteralString Mapping MappingView Match " +
		"MethodDescriptorType MethodWrapperType MutableMapping MutableSequence MutableSet NamedTuple " +
		"NamedTupleMeta Never NewType NoReturn NotRequired Optional OrderedDict ParamSpec ParamSpecArgs " +
		"ParamSpecKwargs Pattern Protocol Required Reversible Self Sequence Set Sized SupportsAbs " +
		"SupportsBytes SupportsComplex SupportsFloat SupportsIndex SupportsInt SupportsRound T " +
		"TYPE_CHECKING T_co T_contra Text TextIO Tuple Type TypeAlias TypeGuard TypeVar TypeVarTuple " +
		"TypedDict Union Unpack VT VT_co V_co ValuesView WrapperDescriptorType abstractmethod " +
		"assert_never assert_type cast clear_overloads collections contextlib dataclass_transform " +
		"defaultdict final functools get_args get_origin get_overloads get_type_hints io is_typeddict " +
		"no_type_check no_type_check_decorator operator overload re reveal_type runtime_checkable " +
		"stdlib_re sys types warnings"),
	"asyncio": set("AbstractChildWatcher AbstractEventLoop AbstractEventLoopPolicy AbstractServer Barrier " +
		"BaseEventLoop BaseProtocol BaseTransport BrokenBarrierError BufferedProtocol DatagramProtocol " +
		"DatagramTransport DefaultEventLoopPolicy FastChildWatcher Handle IncompleteReadError " +
		"LimitOverrunError MultiLoopChildWatcher PidfdChildWatcher Protocol ReadTransport Runner " +
		"SafeChildWatcher SelectorEventLoop SendfileNotAvailableError Server StreamReader " +
		"StreamReaderProtocol StreamWriter SubprocessProtocol SubprocessTransport ThreadedChildWatcher " +
		"Timeout TimerHandle Transport WriteTransport"),
}

// unsupportedModuleHint explains why a module cannot be imported.
func unsupportedModuleHint(module string) string {
	const supported = "supported modules: asyncio, time, random, sys (typing in annotations only)"
	if module == "warnings" || strings.HasPrefix(module, "warnings.") {
		// Filters would be a faithful no-op only if they changed nothing
		// CPython prints; they do change it (they hide or repeat warnings).
		return "warning filters (warnings.simplefilter, filterwarnings) change which warnings CPython prints; " +
			"translated programs always print them as CPython's default filters do"
	}
	return supported
}

// annotationModules may be imported although nothing in them can be used
// at run time.
var annotationModules = set("typing")

var asyncOps = map[string]ir.AsyncOp{
	"sleep":                    ir.OpSleep,
	"gather":                   ir.OpGather,
	"create_task":              ir.OpCreateTask,
	"ensure_future":            ir.OpEnsureFuture,
	"run":                      ir.OpRun,
	"wait":                     ir.OpWait,
	"wait_for":                 ir.OpWaitFor,
	"as_completed":             ir.OpAsCompleted,
	"shield":                   ir.OpShield,
	"timeout":                  ir.OpTimeout,
	"timeout_at":               ir.OpTimeoutAt,
	"get_event_loop":           ir.OpGetEventLoop,
	"get_running_loop":         ir.OpGetRunningLoop,
	"new_event_loop":           ir.OpNewEventLoop,
	"set_event_loop":           ir.OpSetEventLoop,
	"current_task":             ir.OpCurrentTask,
	"all_tasks":                ir.OpAllTasks,
	"to_thread":                ir.OpToThread,
	"run_coroutine_threadsafe": ir.OpRunCoroutineThreadsafe,
	"iscoroutine":              ir.OpIsCoroutine,
	"Queue":                    ir.OpNewQueue,
	"PriorityQueue":            ir.OpNewPriorityQueue,
	"LifoQueue":                ir.OpNewLifoQueue,
	"Lock":                     ir.OpNewLock,
	"Event":                    ir.OpNewEvent,
	"Condition":                ir.OpNewCondition,
	"Semaphore":                ir.OpNewSemaphore,
	"BoundedSemaphore":         ir.OpNewBoundedSemaphore,
	"TaskGroup":                ir.OpNewTaskGroup,
	"Future":                   ir.OpNewFuture,
}

// pythonBuiltins is dir(builtins) of CPython 3.11 without the dunder names.
var pythonBuiltins = set("ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup " +
	"BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError " +
	"ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis " +
	"EncodingWarning EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError " +
	"FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError " +
	"IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError " +
	"ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError " +
	"OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError " +
	"ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration " +
	"SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError " +
	"UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError " +
	"UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all anext any ascii bin " +
	"bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr " +
	"dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash " +
	"help hex id input int isinstance issubclass iter len license list locals map max memoryview min " +
	"next object oct open ord pow print property quit range repr reversed round set setattr slice " +
	"sorted staticmethod str sum super tuple type vars zip")

// forbiddenBuiltins are builtins whose behaviour cannot be reproduced by a
// translated program (dynamic code, introspection of frames, real I/O).
var forbiddenBuiltins = map[string]string{
	"exec":       "",
	"eval":       "",
	"compile":    "",
	"globals":    "",
	"locals":     "",
	"dir":        "",
	"__import__": "",
	"breakpoint": "",
	"open":       "file I/O is not available to translated programs",
	"input":      "reading stdin is not available to translated programs",
}

// pythonKeywords can never be names; tree-sitter's error recovery sometimes
// produces identifiers spelled like them (`else:` alone parses as an
// annotation).
var pythonKeywords = set("False None True and as assert async await break class continue def del elif " +
	"else except finally for from global if import in is lambda nonlocal not or pass raise return try " +
	"while with yield")

// isBuiltinExceptionName reports whether a builtin names an exception class.
func isBuiltinExceptionName(name string) bool {
	if !pythonBuiltins[name] || name == "" || name[0] < 'A' || name[0] > 'Z' {
		return false
	}
	switch name {
	case "Ellipsis", "False", "None", "NotImplemented", "True":
		return false
	}
	return true
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			if start >= 0 {
				m[words[start:i]] = true
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return m
}
