package surface

// The modules. Each entry's Go symbol is the runtime function a call
// invokes with the bound arguments, in parameter order.

func registerCore() {
	addModule(&Module{Name: "asyncio", Coverage: "the event loop, tasks, futures, synchronisation and queues (see the rows above); the Windows event loop policies raise AttributeError as they do on Linux, and `set_event_loop_policy` stops the program as unsupported"}, []*Entry{
		{Name: "sleep", AsyncOp: true, Go: "rt.Sleep", Params: []Param{req("delay"), opt("result", nil)}, Result: AsyncSpec, Await: true, AsValue: true},
		{Name: "gather", AsyncOp: true, Go: "rt.Gather", Params: []Param{kwonly("return_exceptions", false)}, VarArgs: true, Result: AsyncSpec, Await: true},
		{Name: "create_task", AsyncOp: true, Go: "rt.CreateTask", Params: []Param{req("coro"), kwonly("name", nil), kwonly("context", nil)}, Result: AsyncSpec, Await: true},
		{Name: "ensure_future", AsyncOp: true, Go: "rt.EnsureFuture", Params: []Param{req("coro_or_future")}, Result: AsyncSpec, Await: true},
		{Name: "run", AsyncOp: true, Go: "rt.Run", Params: []Param{req("main"), kwonly("debug", nil)}, Result: AsyncSpec},
		{Name: "wait", AsyncOp: true, Go: "rt.Wait", Params: []Param{req("fs"), kwonly("timeout", nil), kwonly("return_when", "ALL_COMPLETED")}, Result: AsyncSpec, Await: true},
		{Name: "wait_for", AsyncOp: true, Go: "rt.WaitFor", Params: []Param{req("fut"), req("timeout")}, Result: AsyncSpec, Await: true},
		{Name: "as_completed", AsyncOp: true, Go: "rt.AsCompleted", Params: []Param{req("fs"), kwonly("timeout", nil)}, Result: AsyncSpec},
		{Name: "shield", AsyncOp: true, Go: "rt.Shield", Params: []Param{req("arg")}, Result: AsyncSpec, Await: true},
		{Name: "timeout", AsyncOp: true, Go: "rt.Timeout", Params: []Param{req("delay")}, Result: AsyncSpec},
		{Name: "timeout_at", AsyncOp: true, Go: "rt.TimeoutAt", Params: []Param{req("when")}, Result: AsyncSpec},
		{Name: "get_event_loop", AsyncOp: true, Go: "rt.GetEventLoop", Result: AsyncSpec},
		{Name: "get_running_loop", AsyncOp: true, Go: "rt.GetRunningLoop", Result: AsyncSpec},
		{Name: "new_event_loop", AsyncOp: true, Go: "rt.NewEventLoop", Result: AsyncSpec},
		{Name: "set_event_loop", AsyncOp: true, Go: "rt.SetEventLoop", Params: []Param{req("loop")}, Result: AsyncSpec, Void: true},
		{Name: "current_task", AsyncOp: true, Go: "rt.CurrentTask", Params: []Param{opt("loop", nil)}, Result: AsyncSpec},
		{Name: "all_tasks", AsyncOp: true, Go: "rt.AllTasks", Params: []Param{opt("loop", nil)}, Result: AsyncSpec},
		// to_thread(func, /, *args, **kwargs) passes its arguments on.
		{Name: "to_thread", AsyncOp: true, Go: "rt.ToThread", Params: []Param{req("func")}, VarArgs: true, Result: AsyncSpec, Await: true},
		{Name: "run_coroutine_threadsafe", AsyncOp: true, Go: "rt.RunCoroutineThreadsafe", Params: []Param{req("coro"), req("loop")}, Result: AsyncSpec},
		{Name: "Runner", Go: "rt.NewRunner", Params: []Param{kwonly("debug", nil), kwonly("loop_factory", nil)}},
		{Name: "Barrier", Go: "rt.NewBarrier", Params: []Param{req("parties")}},
		{Name: "BrokenBarrierError", Kind: Class, Go: "py.BrokenBarrierError"},
		// The Windows idiom (if sys.platform == "win32": set the selector
		// policy): the policies raise CPython's AttributeError on Linux, and
		// setting a policy stops the program as unsupported.
		{Name: "WindowsSelectorEventLoopPolicy", Kind: Value, Go: "rt.WindowsSelectorEventLoopPolicy", GoCall: true},
		{Name: "WindowsProactorEventLoopPolicy", Kind: Value, Go: "rt.WindowsProactorEventLoopPolicy", GoCall: true},
		{Name: "set_event_loop_policy", Go: "rt.SetEventLoopPolicy", Params: []Param{req("policy")}, Result: None, Void: true},
		{Name: "iscoroutinefunction", Go: "rt.InspectIsCoroutineFunction", Params: []Param{req("func")}, Result: Bool},
		{Name: "wrap_future", Go: "rt.WrapFuture", Params: []Param{req("future"), kwonly("loop", nil)}, Await: true},
		{Name: "iscoroutine", AsyncOp: true, Go: "rt.IsCoroutine", Params: []Param{req("obj")}, Result: AsyncSpec},
		{Name: "Queue", AsyncOp: true, Go: "rt.NewQueue", Params: []Param{opt("maxsize", 0)}, Result: AsyncSpec},
		{Name: "PriorityQueue", AsyncOp: true, Go: "rt.NewPriorityQueue", Params: []Param{opt("maxsize", 0)}, Result: AsyncSpec},
		{Name: "LifoQueue", AsyncOp: true, Go: "rt.NewLifoQueue", Params: []Param{opt("maxsize", 0)}, Result: AsyncSpec},
		{Name: "Lock", AsyncOp: true, Go: "rt.NewLock", Result: AsyncSpec},
		{Name: "Event", AsyncOp: true, Go: "rt.NewEvent", Result: AsyncSpec},
		{Name: "Condition", AsyncOp: true, Go: "rt.NewCondition", Params: []Param{opt("lock", nil)}, Result: AsyncSpec},
		{Name: "Semaphore", AsyncOp: true, Go: "rt.NewSemaphore", Params: []Param{opt("value", 1)}, Result: AsyncSpec},
		{Name: "BoundedSemaphore", AsyncOp: true, Go: "rt.NewBoundedSemaphore", Params: []Param{opt("value", 1)}, Result: AsyncSpec},
		{Name: "TaskGroup", AsyncOp: true, Go: "rt.NewTaskGroup", Result: AsyncSpec},
		{Name: "Future", AsyncOp: true, Go: "rt.NewFuture", Result: AsyncSpec},
		// isinstance(x, asyncio.Task) is decided statically.
		{Name: "Task", Kind: Name},
		{Name: "CancelledError", Kind: Class, Go: "py.CancelledError"},
		{Name: "TimeoutError", Kind: Class, Go: "py.TimeoutError"},
		{Name: "InvalidStateError", Kind: Class, Go: "py.InvalidStateError"},
		{Name: "QueueEmpty", Kind: Class, Go: "py.QueueEmpty"},
		{Name: "QueueFull", Kind: Class, Go: "py.QueueFull"},
		{Name: "FIRST_COMPLETED", Kind: Value, Const: "FIRST_COMPLETED", Result: Str},
		{Name: "FIRST_EXCEPTION", Kind: Value, Const: "FIRST_EXCEPTION", Result: Str},
		{Name: "ALL_COMPLETED", Kind: Value, Const: "ALL_COMPLETED", Result: Str},
	})

	addModule(&Module{Name: "time", Coverage: "under the clock contract"}, []*Entry{
		{Name: "time", Go: "rt.TimeTime", Result: Float, GoResult: "float64", AsValue: true},
		{Name: "monotonic", Go: "rt.TimeMonotonic", Result: Float, GoResult: "float64", AsValue: true},
		{Name: "perf_counter", Go: "rt.TimePerfCounter", Result: Float, GoResult: "float64", AsValue: true},
		{Name: "time_ns", Go: "rt.TimeTimeNs", Result: Int, AsValue: true},
		{Name: "monotonic_ns", Go: "rt.TimeMonotonicNs", Result: Int, AsValue: true},
		{Name: "perf_counter_ns", Go: "rt.TimeMonotonicNs", Result: Int, AsValue: true},
		{Name: "process_time", Go: "rt.TimeProcessTime", Result: Float, GoResult: "float64", AsValue: true},
		{Name: "sleep", Go: "rt.TimeSleep", Params: []Param{req("secs")}, Result: None, Void: true, AsValue: true},
		{Name: "strftime", Go: "rt.TimeStrftime", Params: []Param{req("format"), opt("t", nil)}, Result: Str, GoResult: "string"},
		{Name: "localtime", Go: "rt.TimeLocaltime", Params: []Param{opt("secs", nil)}, AsValue: true},
		{Name: "ctime", Go: "rt.TimeCtime", Params: []Param{opt("secs", nil)}, Result: Str, GoResult: "string", AsValue: true},
	})

	addModule(&Module{Name: "random", Coverage: "CPython's Mersenne Twister, bit-exact; seeded as if by `random.seed(0)`; all of its distributions"}, []*Entry{
		{Name: "random", Go: "py.RandomRandom", Result: Float, GoResult: "float64", AsValue: true},
		{Name: "randint", Go: "py.RandomRandint", Params: []Param{req("a"), req("b")}, Result: Int, AsValue: true},
		{Name: "uniform", Go: "py.RandomUniform", Params: []Param{req("a"), req("b")}, Result: Float, AsValue: true},
		{Name: "choice", Go: "py.RandomChoice", Params: []Param{req("seq")}, Result: ElemOf0, AsValue: true},
		{Name: "shuffle", Go: "py.RandomShuffle", Params: []Param{req("x")}, Result: None, Void: true, AsValue: true},
		{Name: "seed", Go: "py.RandomSeed", Params: []Param{opt("a", nil)}, Result: None, Void: true},
		{Name: "sample", Go: "py.RandomSample", Params: []Param{req("population"), req("k")}, Result: ListOf0, AsValue: true},
		{Name: "getrandbits", Go: "py.RandomGetrandbits", Params: []Param{req("k")}, Result: Int},
		// randrange(start[, stop[, step]]): the runtime tells one argument
		// from two by their count, so they stay positional.
		{Name: "randrange", Go: "py.RandomRandrange", Params: []Param{req("start")}, VarArgs: true, MaxArgs: 3, Result: Int},
		{Name: "gauss", Go: "py.RandomGauss", Params: []Param{opt("mu", 0.0), opt("sigma", 1.0)}, AsValue: true},
		{Name: "vonmisesvariate", Go: "py.RandomVonmisesvariate", Params: []Param{req("mu"), req("kappa")}, AsValue: true},
		{Name: "normalvariate", Go: "py.RandomNormalvariate", Params: []Param{opt("mu", 0.0), opt("sigma", 1.0)}, Result: Float, AsValue: true},
		{Name: "lognormvariate", Go: "py.RandomLognormvariate", Params: []Param{req("mu"), req("sigma")}, Result: Float, AsValue: true},
		{Name: "expovariate", Go: "py.RandomExpovariate", Params: []Param{req("lambd")}, Result: Float, AsValue: true},
		{Name: "triangular", Go: "py.RandomTriangular", Params: []Param{opt("low", 0.0), opt("high", 1.0), opt("mode", nil)}, AsValue: true},
		{Name: "gammavariate", Go: "py.RandomGammavariate", Params: []Param{req("alpha"), req("beta")}, Result: Float, AsValue: true},
		{Name: "betavariate", Go: "py.RandomBetavariate", Params: []Param{req("alpha"), req("beta")}, Result: Float, AsValue: true},
		{Name: "paretovariate", Go: "py.RandomParetovariate", Params: []Param{req("alpha")}, AsValue: true},
		{Name: "weibullvariate", Go: "py.RandomWeibullvariate", Params: []Param{req("alpha"), req("beta")}, AsValue: true},
		{Name: "choices", Go: "py.RandomChoices", Params: []Param{req("population"), opt("weights", nil), kwonly("cum_weights", nil), kwonly("k", 1)}, Result: ListOf0},
	})

	addModule(&Module{Name: "sys", Coverage: "program arguments, exit status, the standard streams, the recursion limit, version_info, platform, exc_info/exception"}, []*Entry{
		{Name: "argv", Kind: Value, Go: "py.SysArgv", GoCall: true, Result: StrList},
		{Name: "exit", Go: "py.SysExit", Params: []Param{opt("status", nil)}, Result: None, Void: true, AsValue: true},
		{Name: "stdout", Kind: Value, Go: "py.Stdout", Result: TextIO},
		{Name: "stderr", Kind: Value, Go: "py.Stderr", Result: TextIO},
		{Name: "maxsize", Kind: Value, Const: 1<<63 - 1, Result: Int},
		{Name: "getrecursionlimit", Go: "py.SysGetrecursionlimit", Result: Int},
		{Name: "setrecursionlimit", Go: "py.SysSetrecursionlimit", Params: []Param{req("limit")}, Result: None, Void: true},
		{Name: "exc_info", Go: "py.SysExcInfo"},
		{Name: "version_info", Kind: Value, Go: "py.SysVersionInfo"},
		{Name: "platform", Kind: Value, Const: "linux", Result: Str},
		{Name: "exception", Go: "py.SysException"},
	})

	// dataclass's options bind by name or position (CPython takes them by
	// keyword only); a missing one is None, which the runtime reads as
	// the option's default.
	missing := "<dataclasses.MISSING>"
	addModule(&Module{Name: "dataclasses", Coverage: "dataclass (init, repr, eq, order, frozen), field, fields (a Field's name, init, repr, compare, default, default_factory; not type), asdict, astuple, replace, is_dataclass"}, []*Entry{
		{Name: "dataclass", Go: "py.Dataclass", Params: []Param{opt("cls", nil), opt("init", nil), opt("repr", nil), opt("eq", nil), opt("order", nil), opt("frozen", nil)}, AsValue: true},
		{Name: "field", Go: "py.DataclassField", Params: []Param{kwonly("default", missing), kwonly("default_factory", missing), kwonly("init", nil), kwonly("repr", nil), kwonly("compare", nil)}},
		{Name: "asdict", Go: "py.DataclassAsdict", Params: []Param{req("obj")}, AsValue: true},
		{Name: "astuple", Go: "py.DataclassAstuple", Params: []Param{req("obj")}, AsValue: true},
		{Name: "is_dataclass", Go: "py.DataclassIsDataclass", Params: []Param{req("obj")}, AsValue: true},
		{Name: "fields", Go: "py.DataclassFields", Params: []Param{req("class_or_instance")}, AsValue: true},
		{Name: "replace", Go: "py.DataclassReplace", Params: []Param{posonly(req("obj"))}, VarArgs: true, VarKw: true},
		{Name: "FrozenInstanceError", Kind: Class, Go: "py.FrozenInstanceError"},
	})

	addModule(&Module{Name: "enum", Coverage: "Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional API, (int/str, Enum) mixins"}, []*Entry{
		{Name: "Enum", Kind: Value, Go: "py.EnumType"},
		{Name: "ReprEnum", Kind: Value, Go: "py.ReprEnumType"},
		{Name: "IntEnum", Kind: Value, Go: "py.IntEnumType"},
		{Name: "StrEnum", Kind: Value, Go: "py.StrEnumType"},
		{Name: "Flag", Kind: Value, Go: "py.FlagType"},
		{Name: "IntFlag", Kind: Value, Go: "py.IntFlagType"},
		{Name: "auto", Go: "py.EnumAuto"},
		{Name: "unique", Go: "py.EnumUnique", Params: []Param{req("enumeration")}, AsValue: true},
	})

	addModule(&Module{Name: "abc", Coverage: "ABC and abstractmethod"}, []*Entry{
		{Name: "ABC", Kind: Value, Go: "py.ABCType"},
		{Name: "abstractmethod", Go: "py.AbcAbstractmethod", Params: []Param{req("funcobj")}, AsValue: true},
	})

	addModule(&Module{Name: "typing", Coverage: "in annotations; at run time TypeVar, Generic, Protocol, NamedTuple, TypedDict (class form), NewType, cast, TYPE_CHECKING, and the special forms and aliases as values (Optional[int], Callable[[int], str], ClassVar, ...)", AnnotationOnly: true}, []*Entry{
		{Name: "TYPE_CHECKING", Kind: Value, Go: "py.TypingTypeChecking", Result: Bool},
		{Name: "cast", Go: "py.TypingCast", Params: []Param{req("typ"), req("val")}},
		{Name: "TypeVar", Go: "py.TypingTypeVar", Params: []Param{req("name"), kwonly("bound", nil), kwonly("covariant", false), kwonly("contravariant", false)}, VarArgs: true},
		{Name: "Generic", Kind: Value, Go: "py.GenericType"},
		{Name: "Protocol", Kind: Value, Go: "py.ProtocolType"},
		{Name: "NamedTuple", Kind: Value, Go: "py.NamedTupleType"},
		{Name: "TypedDict", Kind: Value, Go: "py.TypedDictType"},
		{Name: "NewType", Go: "py.TypingNewType", Params: []Param{req("name"), req("tp")}},
	})
	// typing's special forms and generic aliases as values (Optional[int]
	// kept in a variable): py.Typing<Name>, a *py.TypingForm.
	for name := range words(typingForms) {
		entries["typing"][name] = &Entry{Module: "typing", Name: name, Kind: Value, Go: "py.Typing" + name}
	}

	// Names a program may import and use in annotations but not at run
	// time: all of typing (python3.11 -c "import typing; print(*sorted(n
	// for n in dir(typing) if not n.startswith('_')))"), and asyncio's
	// classes the runtime does not offer as values (from the classes in
	// dir(asyncio)). Annotations are never evaluated by translated
	// programs, so these names only need to exist.
	hintNames["typing"] = words("ABCMeta AbstractSet Annotated Any AnyStr AsyncContextManager AsyncGenerator " +
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
		"stdlib_re sys types warnings")
	hintNames["asyncio"] = words("AbstractChildWatcher AbstractEventLoop AbstractEventLoopPolicy AbstractServer Barrier " +
		"BaseEventLoop BaseProtocol BaseTransport BrokenBarrierError BufferedProtocol DatagramProtocol " +
		"DatagramTransport DefaultEventLoopPolicy FastChildWatcher Handle IncompleteReadError " +
		"LimitOverrunError MultiLoopChildWatcher PidfdChildWatcher Protocol ReadTransport Runner " +
		"SafeChildWatcher SelectorEventLoop SendfileNotAvailableError Server StreamReader " +
		"StreamReaderProtocol StreamWriter SubprocessProtocol SubprocessTransport ThreadedChildWatcher " +
		"Timeout TimerHandle Transport WriteTransport")
}

// typingForms are the typing names offered as run-time values (rt/py's
// TypingForm variables).
const typingForms = "Any Optional Union Callable List Dict Set FrozenSet Tuple Type Iterable Iterator " +
	"Sequence MutableSequence Mapping MutableMapping Awaitable Coroutine AsyncIterator AsyncIterable " +
	"AsyncGenerator Generator Deque DefaultDict Literal Final ClassVar NoReturn Hashable Sized Collection"
