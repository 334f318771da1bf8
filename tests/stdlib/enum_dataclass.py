import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Color.RED, Color(2), list(Color), Color.RED.name, Color.RED.value, Perm.R | Perm.W, int(Perm.R | Perm.W))
print(isinstance(Color.GREEN, Color), Color["RED"] is Color.RED, repr(Color.RED))
