# User-defined exception classes (bodies are `pass` or a docstring): hierarchy matching, args,
# str/repr, handler order.
class AppError(Exception):
    pass

class DetailError(AppError):
    pass

try:
    raise DetailError("detail", 42)
except AppError as e:
    print("caught base:", type(e).__name__, e, e.args, isinstance(e, Exception))


class RetryableError(AppError):
    """Raised when the operation may succeed if tried again."""

for attempt in range(1, 4):
    try:
        if attempt < 3:
            raise RetryableError(f"attempt {attempt} failed", attempt)
        print("attempt", attempt, "succeeded")
    except RetryableError as e:
        print(repr(e), str(e), e.args[1], isinstance(e, AppError))
    except AppError:
        print("not reached")
print(issubclass(DetailError, AppError), issubclass(AppError, DetailError), AppError.__name__)
