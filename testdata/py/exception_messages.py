# Exception objects: str/repr/args, raise ... from, __cause__/__context__, custom exceptions,
# and the messages of common built-in errors (user classes: custom_exception_classes.py).
for exc in [ValueError(), ValueError("v"), ValueError("a", 2), KeyError("k"), KeyError(1),
            IndexError("list index out of range"), RuntimeError(""), TypeError(None), Exception([1])]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise LookupError("no cause") from None
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

errors = []
for thunk in [lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("abc"), lambda: None + 1,
              lambda: "a" + 1, lambda: len(5), lambda: [].pop(), lambda: float("x"), lambda: 10 % 0]:
    try:
        thunk()
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")
print("\n".join(errors))
e = ValueError("x")
print(isinstance(e, ValueError), isinstance(e, Exception), issubclass(KeyError, LookupError),
      issubclass(TimeoutError, OSError))
