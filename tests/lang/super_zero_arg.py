class A:
    def hello(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
class C(B):
    def hello(self):
        return "C>" + super().hello()
print(C().hello(), C.cm())
class D(A):
    def get_class(self):
        return __class__
print(D().get_class().__name__)
class E(A):
    def hello(self):
        def inner():
            return super(E, self).hello()
        return "E>" + inner()
print(E().hello())
class F(A):
    def __init__(self):
        super().__init__()
        self.v = 1
print(F().v)
