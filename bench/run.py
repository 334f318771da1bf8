#!/usr/bin/env python3
"""kiln's benchmark harness: runs every bench/*.py under python3, pypy3 and
kiln, interleaved in the same run (several rounds), and prints a table of
median times, kiln's speed ratio to each (>1: kiln is faster), peak RSS, and
geometric means.  "first" is the first iteration of the workload (what a
short-lived process sees); "steady" the median of the later iterations.

  bench/run.py [-r ROUNDS] [-n ITERS] [--markdown] [NAME...]
"""
import argparse, math, os, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def interpreters():
    out = [("python3", "/usr/bin/python3")]
    pypy = shutil.which("pypy3")
    if pypy:
        out.append(("pypy3", pypy))
    out.append(("kiln", os.path.join(ROOT, "build", "kiln")))
    return out


# as a program is usually run: bytecode caches written and used
ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")}


def run_once(exe, script, iters):
    t0 = time.perf_counter()
    p = subprocess.Popen([exe, script, str(iters)], cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    try:
        _, status, ru = os.wait4(p.pid, 0)
    except ChildProcessError:
        status, ru = 1, None
    wall = time.perf_counter() - t0
    out = p.stdout.read().decode("utf-8", "replace")
    err = p.stderr.read().decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status)
    iters_t = [float(l.split()[1]) for l in out.splitlines() if l.startswith("iter ")]
    result = [l for l in out.splitlines() if l.startswith("result ")]
    if code != 0 or not iters_t:
        return {"error": (err.strip().splitlines() or ["exit %d" % code])[-1][:120]}
    return {"iters": iters_t, "wall": wall, "rss_kb": ru.ru_maxrss if ru else 0,
            "result": result[0] if result else None}


def fmt_t(x):
    return "-" if x is None else ("%.3f" % x)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-r", "--rounds", type=int, default=3)
    ap.add_argument("-n", "--iters", type=int, default=5)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    scripts = sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f not in ("run.py", "benchutil.py", "startup.py"))
    if a.names:
        scripts = [s for s in scripts if any(n in s for n in a.names)]
    interps = interpreters()
    data = {s: {n: [] for n, _ in interps} for s in scripts}
    for rnd in range(a.rounds):
        for s in scripts:
            for name, exe in interps:       # interleaved: one run of each, then the next round
                data[s][name].append(run_once(exe, s, a.iters))
        print("round %d/%d done" % (rnd + 1, a.rounds), file=sys.stderr)

    def summary(runs):
        ok = [r for r in runs if "iters" in r]
        if not ok:
            return None
        first = statistics.median(r["iters"][0] for r in ok)
        steady = statistics.median(statistics.median(r["iters"][len(r["iters"]) // 2:]) for r in ok)
        rss = max(r["rss_kb"] for r in ok) / 1024
        return {"first": first, "steady": steady, "rss": rss, "result": ok[0]["result"]}

    names = [n for n, _ in interps]
    head = ["benchmark"]
    for n in names:
        head += [n + " first", n + " steady", n + " MB"]
    head += ["kiln vs cpy (steady)", "kiln vs cpy (first)"]
    if "pypy3" in names:
        head += ["kiln vs pypy (steady)", "kiln vs pypy (first)"]
    rows = []
    ratios = {k: [] for k in ("cs", "cf", "ps", "pf")}
    for s in scripts:
        sm = {n: summary(data[s][n]) for n in names}
        row = [s[:-3]]
        for n in names:
            x = sm[n]
            row += [fmt_t(x and x["first"]), fmt_t(x and x["steady"]), "%.0f" % x["rss"] if x else "fail"]
        k, c, p = sm.get("kiln"), sm.get("python3"), sm.get("pypy3")
        if k and c and k["result"] != c["result"]:
            print("warning: %s: kiln printed %s, python3 %s" % (s, k["result"], c["result"]), file=sys.stderr)

        def ratio(base, key, tag):
            if k and base:
                r = base[key] / k[key]
                ratios[tag].append(r)
                return "%.2fx" % r
            return "-"
        row += [ratio(c, "steady", "cs"), ratio(c, "first", "cf")]
        if "pypy3" in names:
            row += [ratio(p, "steady", "ps"), ratio(p, "first", "pf")]
        if not k:
            err = next((r["error"] for r in data[s]["kiln"] if "error" in r), "")
            row[-1] += " (kiln: %s)" % err
        rows.append(row)

    def gmean(xs):
        return "%.2fx" % math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else "-"
    foot = ["geometric mean"] + [""] * (3 * len(names)) + [gmean(ratios["cs"]), gmean(ratios["cf"])]
    if "pypy3" in names:
        foot += [gmean(ratios["ps"]), gmean(ratios["pf"])]
    rows.append(foot)
    if a.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
        for r in [head] + rows:
            print("  ".join(str(x).ljust(w) for x, w in zip(r, widths)))
    print("\nseconds per iteration (medians of %d rounds x %d iterations); ratio = other's time / kiln's "
          "(>1: kiln faster); MB = peak RSS" % (a.rounds, a.iters))


if __name__ == "__main__":
    main()
