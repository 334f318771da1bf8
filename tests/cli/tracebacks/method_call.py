class C:
    def meth(self, x):
        return x.missing()
obj = C()
obj.meth(5)
