def make(n):
    def f0(x):
        def f1(y):
            def f2(z):
                def f3(w):
                    def f4(v):
                        def f5(u):
                            def f6(t):
                                def f7(s):
                                    return n + x + y + z + w + v + u + t + s
                                return f7
                            return f6
                        return f5
                    return f4
                return f3
            return f2
        return f1
    return f0


print(make(1)(2)(3)(4)(5)(6)(7)(8)(9))
