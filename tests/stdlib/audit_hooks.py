import sys
seen = []
sys.addaudithook(lambda ev, args: seen.append(ev) if ev.startswith("my.") else None)
sys.audit("my.event", 1, 2)
sys.audit("other")
print(seen, sys.audit.__name__)
import os, tempfile
d = tempfile.mkdtemp(); print(list(os.walk(d))[0][1:]); os.rmdir(d)
