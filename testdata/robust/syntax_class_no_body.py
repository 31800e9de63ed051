class A(Exception):
    pass


class B(A):
class C(A):
    pass


print(C)
