"""A standard-library-heavy app: its start-up imports json, re, collections,
dataclasses, logging, typing, datetime and decimal and builds its tables;
each request renders a small JSON report."""
import collections
import dataclasses
import datetime
import decimal
import json
import logging
import re
import sys
import typing

log = logging.getLogger("app")
WORD = re.compile(r"[a-z']+")
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


@dataclasses.dataclass
class Report:
    words: int
    top: typing.List[typing.Tuple[str, int]]
    total: str
    day: str


COUNTS = collections.Counter(WORD.findall(TEXT.lower()))
PRICES = [decimal.Decimal("19.99"), decimal.Decimal("5.01"), decimal.Decimal("0.10")]


def handle(n):
    top = COUNTS.most_common(n)
    report = Report(sum(COUNTS.values()), top, str(sum(PRICES)), datetime.date(2024, 5, 1).isoformat())
    return json.dumps(dataclasses.asdict(report), sort_keys=True)


def main():
    args = [a for a in sys.argv[1:] if a != "--wait"]
    for arg in args or ["3"]:
        print(handle(int(arg) if arg.isdigit() else 3))
    if "--wait" in sys.argv:
        sys.stdout.flush()
        sys.stdin.readline()


if __name__ == "__main__":
    try:
        import kiln
    except ImportError:
        kiln = None
    if kiln is not None and kiln.is_baking():
        handle(3)                 # warm-up
        kiln.set_main(main)
    else:
        main()
