class A:
    class B:
        @staticmethod
        def join(*parts):
            return "-".join(parts)
x = A.B.join("a", 5)
