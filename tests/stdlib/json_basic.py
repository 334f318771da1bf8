import json
doc = {"a": [1, 2.5, None, True, False, "x\u00e9\n"], "b": {"c": "d", "n": -3}, "e": [], "f": {}}
s = json.dumps(doc, sort_keys=True, indent=2)
print(s)
print(json.loads(s) == doc, json.loads('[1, 2.0, "3", {"4": null}]'))
print(json.dumps([1, "two", 3.0], separators=(",", ":")), json.dumps("é", ensure_ascii=False))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("error:", e.msg, e.pos, e.lineno, e.colno)
