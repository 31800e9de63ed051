# Continuation clauses that do not line up with their statement; CPython's
# messages (checked with compile()) depend on the line before them.
def a(x):
    try: y = 1
        except ValueError: pass  # ERROR "expected 'except' or 'finally' block"
    return y


def b(x):
    if x: y = 1
      else: y = 2  # ERROR "unexpected indent"
    return y


def c(r):
    while r: pass
  else: pass  # ERROR "unindent does not match any outer indentation level"


def d(r):
    try:
        pass
    except ValueError:
        pass
      finally:  # ERROR "unindent does not match any outer indentation level"
        pass
