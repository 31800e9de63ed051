# Exception bindings and globals assigned from functions.
try:
    raise KeyError("k")
except (KeyError, ValueError) as e:
    err = e
try:
    {}["x"]
except Exception as e2:
    err2 = e2
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()


def setname():
    global label
    label = "x"


setname()
print(err, err2, counter, label)
