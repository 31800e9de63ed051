def f():
    x = 5
    del x
    try:
        print(x)
    except NameError as e:
        print("NameError:", e)


f()
