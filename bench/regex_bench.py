"""regular expressions: compile once, search, findall and sub over text."""
from benchutil import run
import re

TEXT = " ".join("user%d@host%d.example.com visited /page/%d?x=%d at 2024-%02d-%02d 12:%02d" %
                (i, i % 17, i, i * 3, i % 12 + 1, i % 28 + 1, i % 60) for i in range(2000))
EMAIL = re.compile(r"([a-z0-9]+)@([a-z0-9.]+)\.com")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
PATH = re.compile(r"/page/(\d+)\?x=(\d+)")

def bench():
    n = 0
    for _ in range(3):
        n += len(EMAIL.findall(TEXT))
        n += sum(int(m.group(3)) for m in DATE.finditer(TEXT))
        n += len(PATH.sub(lambda m: "/p/" + m.group(1), TEXT))
        n += len(re.split(r"\s+", TEXT))
    return n

run(bench)
