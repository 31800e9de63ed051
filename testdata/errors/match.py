def f(x):
    match x:
        case y:  # ERROR "name capture 'y' makes remaining patterns unreachable"
            pass
        case 1:
            pass
    match x:
        case _:  # ERROR "wildcard makes remaining patterns unreachable"
            pass
        case 2:
            pass
    match x:
        case [a, a]:  # ERROR "multiple assignments to name 'a' in pattern"
            pass
    match x:
        case [a] | (b, 1):  # ERROR "alternative patterns bind different names"
            pass
    match x:
        case {"a": 1, "a": 2}:  # ERROR "mapping pattern checks duplicate key \('a'\)"
            pass
    match x:
        case [*a, *b]:  # ERROR "multiple starred names in sequence pattern"
            pass
    match x:
        case 1 + 2j:  # ERROR "complex-number literal patterns are not supported"
            pass
