# nonlocal rebinding changes the enclosing variable's type.
def outer():
    v = 1

    def set_str():
        nonlocal v
        v = "s"

    before = v
    set_str()
    return before, v


r = outer()
print(r)
