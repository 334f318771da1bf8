# json.dumps of dicts and containers: sort_keys with str and mixed keys,
# circular references at every depth, default(), dict subclasses, mutation.
import json

d = {"b": 1, "a": [3, {"z": 0, "y": None}], "c": {"é": 1.5, "e": True}, "": "x"}
print(json.dumps(d), json.dumps(d, sort_keys=True))
print(json.dumps({2: "a", 1.5: "b", True: "c", None: "d", "s": "e"}))
print(json.dumps({2: "a", 1: "b", 10: "c"}, sort_keys=True))
print(json.dumps({2.5: "a", 1: "b", False: "c"}, sort_keys=True))
for bad in [{1: "a", "b": 2}, {None: 1, "a": 2}]:
    try:
        print(json.dumps(bad, sort_keys=True))
    except TypeError as e:
        print("TypeError", e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True), json.dumps({(1, 2): 3, (0, 1): 1}, skipkeys=True, sort_keys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
nan1, nan2 = float("nan"), float("nan")
print(json.dumps({nan1: 1, nan2: 2, "x": 3}), json.dumps({nan1: 1, nan2: 2}, sort_keys=True))
class D(dict):
    def items(self):
        return [("q", 1), ("p", 2)]
print(json.dumps(D(a=1), sort_keys=True), json.dumps(D(a=1)))
# circular references, shallow and deep
for depth in [0, 1, 5, 63, 64, 65, 100, 200]:
    root = []
    cur = root
    for i in range(depth):
        nxt = {"k": []} if i % 2 else []
        cur.append(nxt)
        cur = nxt["k"] if i % 2 else nxt
    cur.append(root)
    try:
        json.dumps(root)
    except ValueError as e:
        print(depth, "ValueError", e)
    cur.pop()
    print(depth, len(json.dumps(root)))
# the same object twice (not a cycle) is fine
shared = {"a": 1}
print(json.dumps([shared, shared, [shared]]))
# a cycle through default()
class Node:
    def __init__(self): self.child = None
n = Node(); n.child = n
try:
    json.dumps(n, default=lambda o: [o.child])
except ValueError as e:
    print("ValueError", e)
print(json.dumps(Node(), default=lambda o: {"child": o.child}))
# check_circular=False: deep recursion instead
c = []; c.append(c)
try:
    json.dumps(c, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)
# default() that mutates the dict being encoded: the items were taken first
m = {"a": 1, "b": object(), "c": 3}
def dflt(o):
    m["zz"] = 9
    m.pop("c", None)
    return "obj"
print(json.dumps(m, default=dflt, sort_keys=True), sorted(m))
m = {"a": 1, "b": object(), "c": 3}
print(json.dumps(m, default=dflt), sorted(m))
print(json.dumps({"b": [1, {"d": 2, "c": 1}], "a": 0}, sort_keys=True, indent=2))
# a cycle back to a container deeper than the first 64
chain = [[]]
for i in range(120):
    chain.append([])
    chain[-2].append(chain[-1])
for target in [10, 63, 64, 65, 80, 119]:
    chain[-1].append(chain[target])
    try:
        json.dumps(chain[0])
    except ValueError as e:
        print(target, "ValueError", e)
    chain[-1].pop()
    print(target, len(json.dumps(chain[0])), len(json.dumps(chain[70])))
