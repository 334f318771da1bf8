é = 1
π = 3.14
def φ(α, β=2):
    return α + β
print(é, π, φ(1), φ(α=3))
class Ψ:
    __ü = "private"
    def get(self):
        return self.__ü
print(Ψ().get(), [k for k in vars(Ψ) if k.endswith("ü")])
données = {"clé": "valeur"}
print(données["clé"])
def 变量():
    名字 = "name"
    return 名字
print(变量(), 变量.__name__)
