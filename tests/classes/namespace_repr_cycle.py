# SimpleNamespace reprs of self-referencing namespaces print (...), never recurse.
import types
ns1 = types.SimpleNamespace(c='cookie')
ns1.spam = ns1
print(repr(ns1))
ns2 = types.SimpleNamespace(); ns3 = types.SimpleNamespace(x=1)
ns2.spam = ns3; ns3.spam = ns2
print(repr(ns2))
