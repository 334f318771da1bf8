#!/usr/bin/env python3
"""Start-up benchmark: time from process start to the end of a short run of
each app in images/ (its main function answering one request), for python3,
pypy3, kiln on the source, and kiln restoring a raw and a zstd image.
Medians of several interleaved runs, with peak RSS; also the summed PSS of
N processes restored from one raw image against N x one process's RSS.

  bench/startup.py [-r RUNS] [--procs N]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KILN = os.path.join(ROOT, "build", "kiln")


def timed(cmd, env=None):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    out = p.stdout.read()
    ok = os.waitstatus_to_exitcode(status) == 0
    return (dt if ok else None), ru.ru_maxrss / 1024, out


def pss_of(pid):
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-r", "--runs", type=int, default=7)
    ap.add_argument("--procs", type=int, default=20)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="kiln-start-")
    env = dict(os.environ, KILN_CACHE=os.path.join(tmp, "cache"))
    apps = sorted(d for d in os.listdir(os.path.join(ROOT, "images"))
                  if os.path.exists(os.path.join(ROOT, "images", d, "app.py")))
    print("| app | interpreter | median ms | vs python3 | peak RSS MB |")
    print("|---|---|---|---|---|")
    for app in apps:
        src = os.path.join(ROOT, "images", app, "app.py")
        raw = os.path.join(tmp, app + "-raw.kiln")
        zst = os.path.join(tmp, app + ".kiln")
        subprocess.run([KILN, "bake", "--raw", "-o", raw, src], stdout=subprocess.DEVNULL, env=env)
        subprocess.run([KILN, "bake", "-o", zst, src], stdout=subprocess.DEVNULL, env=env)
        subprocess.run([KILN, "run", zst, "/"], stdout=subprocess.DEVNULL, env=env)  # fill the raw cache
        cmds = [("python3", ["/usr/bin/python3", src, "/"])]
        if shutil.which("pypy3"):
            cmds.append(("pypy3", [shutil.which("pypy3"), src, "/"]))
        cmds += [("kiln app.py", [KILN, src, "/"]),
                 ("kiln run (raw image)", [KILN, "run", raw, "/"]),
                 ("kiln run (zstd image, cached)", [KILN, "run", zst, "/"])]
        times = {n: [] for n, _ in cmds}
        rss = {n: 0.0 for n, _ in cmds}
        for _ in range(a.runs):
            for name, cmd in cmds:
                dt, mb, _ = timed(cmd, env)
                if dt is not None:
                    times[name].append(dt)
                rss[name] = max(rss[name], mb)
        base = statistics.median(times["python3"]) if times["python3"] else None
        for name, _ in cmds:
            if not times[name]:
                print("| %s | %s | failed | - | - |" % (app, name))
                continue
            m = statistics.median(times[name])
            print("| %s | %s | %.1f | %s | %.1f |" % (app, name, m * 1000,
                  "%.2fx" % (base / m) if base else "-", rss[name]))
        # shared pages: N restored processes alive at once ("--wait": the app
        # waits for a line on stdin after answering)
        procs = [subprocess.Popen([KILN, "run", raw, "/", "--wait"], stdout=subprocess.PIPE,
                                  stdin=subprocess.PIPE, env=env) for _ in range(a.procs)]
        for p in procs:
            p.stdout.readline()
        total_pss = sum(pss_of(p.pid) for p in procs)
        for p in procs:
            p.stdin.write(b"\n")
            p.stdin.flush()
            p.wait()
        one = rss["kiln run (raw image)"]
        print("| %s | %d restored processes: summed PSS | %.1f MB | %d x one RSS: %.1f MB | |" % (
            app, a.procs, total_pss, a.procs, a.procs * one))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
