# json.loads object keys: repeated keys, many distinct keys, escapes, control
# characters (strict and not), non-ASCII documents, empty keys, errors.
import json

recs = json.loads(json.dumps([{"id": i, "name": "n%d" % i, "": i, "k%d" % (i % 100): i} for i in range(300)]))
print(len(recs), recs[0], recs[299], sum(r["id"] for r in recs))
print(sorted(set(k for r in recs for k in r))[:5], len(set(k for r in recs for k in r)))
# the same key object comes back for equal keys, as CPython's memo does
a, b = json.loads('[{"alpha": 1}, {"alpha": 2}]')
print([k for k in a][0] is [k for k in b][0])
# many distinct keys (more than any small table) in one object
big = {"key%d" % i: i for i in range(500)}
print(json.loads(json.dumps(big)) == big)
# keys that differ only late, equal lengths
print(json.loads('{"abcdefgh1": 1, "abcdefgh2": 2, "abcdefgh1x": 3, "abcdefgh2": 4}'))
# escapes and non-ASCII in keys
print(json.loads(r'{"a\"b": 1, "a\\b": 2, "\u00e9t\u00e9": 3, "tab\tx": 4, "a\"b": 5}'))
print(json.loads('{"été": 1, "x": {"été": 2, "x": 3}}'))
print(json.loads('{"\\ud83d\\ude00": 1, "😀": 2}'))
# control characters in keys
for doc in ['{"a\x01b": 1}', '{"a\nb": 2}']:
    try:
        print(json.loads(doc))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
    print(json.loads(doc, strict=False))
# bad keys
for doc in ['{"abc', '{"abc": 1, "de', '{"a\\qb": 1}', '{"a": 1, "b"}', '{"a" 1}', '{1: 2}', '{"a\\u12": 1}']:
    try:
        print(json.loads(doc))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
# object_pairs_hook sees keys in order, duplicates included
print(json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=list))
print(json.loads('{"z": 1, "a": 2, "z": 3}'))
