# User-defined exception classes: hierarchy matching, args, str/repr, an __init__ override.
class AppError(Exception):
    pass

class DetailError(AppError):
    pass

try:
    raise DetailError("detail", 42)
except AppError as e:
    print("caught base:", type(e).__name__, e, e.args, isinstance(e, Exception))


class RetryableError(AppError):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt} failed")
        self.attempt = attempt

for attempt in range(1, 4):
    try:
        if attempt < 3:
            raise RetryableError(attempt)
        print("attempt", attempt, "succeeded")
    except RetryableError as e:
        print(repr(e), str(e), e.attempt, isinstance(e, AppError))
print(issubclass(DetailError, AppError), issubclass(AppError, DetailError), AppError.__name__)
