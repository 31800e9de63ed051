# global and nonlocal rebinding, shadowing, reading enclosing scopes.
counter = 0
name = "module"

def bump():
    global counter
    counter += 1
    return counter

def shadow():
    name = "local"
    return name

def outer():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    add(5)
    add(7)
    def read():
        return total * 2
    return total, read()

bump(); bump()
print(counter, shadow(), name, outer())

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())

def uses_global_list():
    log.append("x")
log = []
uses_global_list()
print(log)

def unbound():
    try:
        print(undefined_name)
    except NameError as e:
        print("NameError:", e)
unbound()
