#!/usr/bin/env python3
"""Start-up benchmark: time from process start to the first output of each
app in images/ (its main function answering one request; stdout is a pipe,
so that is the first flush) and to its exit, for python3, pypy3, kiln on the
source, kiln restoring a raw and a zstd image, and build/kiln-static (make
static; left out if missing) restoring a raw image it baked, with /bin/true
(to its exit) and /bin/echo as the floor (what starting any process costs
here).  Programs run without PYTHONDONTWRITEBYTECODE and PYTHONUNBUFFERED.
Two C programs give the floor of a restore on this machine: non-PIE like
kiln, one linked as kiln is (libc and libm shared), one static, each maps the
raw image at the arena's address and writes a line (compiled with gcc into a
temporary directory, left out if gcc is missing).
Medians of several interleaved runs: wall time, the same less /bin/true's,
and the CPU time of the process (user + system, less sensitive to a busy
machine than wall time), with RSS; also the summed PSS of N processes
restored from one raw image, all alive at once, against N x one process's
RSS.

  bench/startup.py [-r RUNS] [--procs N]
  bench/startup.py --phases [-r RUNS]    where a restore's time goes

--phases restores each app's raw image RUNS times with KILN_TIMING set to
the spawn time, and prints the median wall and CPU ms and the page faults of
each phase (exec: the kernel, the dynamic loader and the C library's
start-up, up to kiln's main; the phases of the restore; main: the program's
main function, whose first output is in it; exit).
"""
import argparse, os, random, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KILN = os.path.join(ROOT, "build", "kiln")
KILN_STATIC = os.path.join(ROOT, "build", "kiln-static")   # make static; rows left out if missing


FLOOR_C = r"""
#define _GNU_SOURCE
#include <fcntl.h>
#include <math.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
int main(int argc, char **argv)
{
    struct stat st;
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0 || fstat(fd, &st) < 0) return 1;
    if (mmap((void *)0x100000000000, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED_NOREPLACE,
             fd, 0) == MAP_FAILED) return 1;
    return write(1, "x\n", 2) == 2 ? (int)sqrt(argc - 1) - 1 : 1;
}
"""


def floor_programs(tmp):
    """(name, path) of the C floor programs that could be built."""
    src = os.path.join(tmp, "floor.c")
    with open(src, "w") as f:
        f.write(FLOOR_C)
    out = []
    for name, flags in (("(floor: C, non-PIE, libc+libm shared, maps the image)", []),
                        ("(floor: C, static, maps the image)", ["-static"])):
        exe = os.path.join(tmp, "floor%d" % len(out))
        if shutil.which("gcc") and subprocess.run(["gcc", "-O2", "-fno-pie", "-no-pie", "-o", exe, src, "-lm"] + flags,
                                                  stderr=subprocess.DEVNULL).returncode == 0:
            out.append((name, exe))
    return out


def timed(cmd, env=None, silent=False):
    """(seconds from spawn to the first byte of output, to exit, CPU seconds;
    the output), the times None if the run failed.  silent: the command
    prints nothing, its first output is its exit."""
    r, w = os.pipe()
    t0 = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, env if env is not None else os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r),
                                       (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    os.close(w)
    first = os.read(r, 65536)
    t1 = time.perf_counter()
    chunks = [first]
    while chunks[-1]:
        chunks.append(os.read(r, 65536))
    os.close(r)
    _, status, ru = os.wait4(pid, 0)
    t2 = time.perf_counter()
    ok = os.waitstatus_to_exitcode(status) == 0 and (first or silent)
    if silent:
        t1 = t2
    return (t1 - t0 if ok else None), (t2 - t0 if ok else None), ru.ru_utime + ru.ru_stime, b"".join(chunks)


def alive(cmd, env):
    """Start cmd + ["--wait"] (the app answers, then waits for a line on
    stdin); return the process once it has answered."""
    p = subprocess.Popen(cmd + ["--wait"], stdout=subprocess.PIPE, stdin=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env)
    p.stdout.readline()
    return p


def finish(p):
    p.stdin.write(b"\n")
    p.stdin.flush()
    p.wait()


def proc_mb(pid, fname, field):
    """A "field: N kB" line of /proc/PID/fname, in MB (0 if gone)."""
    try:
        with open("/proc/%d/%s" % (pid, fname)) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def pss_of(pid):
    return proc_mb(pid, "smaps_rollup", "Pss")


def rss_of(pid):
    return proc_mb(pid, "status", "VmRSS")


def phase_times(raw, env, runs):
    """Median (wall ms, CPU ms, page faults) of each phase of restoring raw,
    from KILN_TIMING's report, in the report's order."""
    got = {}
    order = []
    for _ in range(runs):
        e = dict(env, KILN_TIMING=str(time.monotonic_ns()))
        out = subprocess.run([KILN, "run", raw, "/"], env=e, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE).stderr
        line = next((l for l in out.decode().splitlines() if "restore timing" in l), "")
        body = line.split(":", 2)[-1]
        for item in body.split(";")[0].split(") "):
            parts = item.replace("(", "").replace(")", "").split()
            if len(parts) != 3:
                continue
            name, (wall, cpu), faults = parts[0], parts[1].split("/"), parts[2]
            if name not in got:
                got[name] = []
                order.append(name)
            got[name].append((float(wall), float(cpu), int(faults)))
        total = body.split("total")[-1].replace("(", "").replace(")", "").split()
        if total:
            got.setdefault("total", []).append((float(total[0].split("/")[0]), float(total[0].split("/")[1]),
                                                int(total[1])))
    return [(n, [statistics.median(v[k] for v in got[n]) for k in range(3)]) for n in order + ["total"] if n in got]


def phases(apps, tmp, env, runs):
    for app in apps:
        src = os.path.join(ROOT, "images", app, "app.py")
        raw = os.path.join(tmp, app + "-raw.kiln")
        subprocess.run([KILN, "bake", "--raw", "-o", raw, src], stdout=subprocess.DEVNULL, env=env)
        time.sleep(2.1)         # old enough to be stamped
        for _ in range(3):      # verify, stamp, record the pages
            subprocess.run([KILN, "run", raw, "/"], stdout=subprocess.DEVNULL, env=env)
        print("%s: median of %d restores (raw image), wall ms / CPU ms (page faults)" % (app, runs))
        for name, (wall, cpu, faults) in phase_times(raw, env, runs):
            print("  %-10s %7.3f  %7.3f  (%d)" % (name, wall, cpu, faults))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-r", "--runs", type=int, default=11)
    ap.add_argument("--procs", type=int, default=20)
    ap.add_argument("--phases", action="store_true")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="kiln-start-")
    env = dict(os.environ, KILN_CACHE=os.path.join(tmp, "cache"))
    # as a program is usually run: bytecode caches written and used, stdout
    # buffered (a stale cache would otherwise be compiled again every run)
    for k in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED"):
        env.pop(k, None)
    apps = sorted(d for d in os.listdir(os.path.join(ROOT, "images"))
                  if os.path.exists(os.path.join(ROOT, "images", d, "app.py")))
    floors = floor_programs(tmp)
    if a.phases:
        phases(apps, tmp, env, a.runs)
        shutil.rmtree(tmp, ignore_errors=True)
        return
    print("| app | command | first output ms | less /bin/true ms | exit ms | CPU ms | first output vs python3 | RSS MB after answering |")
    print("|---|---|---|---|---|---|---|---|")
    for app in apps:
        src = os.path.join(ROOT, "images", app, "app.py")
        raw = os.path.join(tmp, app + "-raw.kiln")
        zst = os.path.join(tmp, app + ".kiln")
        subprocess.run([KILN, "bake", "--raw", "-o", raw, src], stdout=subprocess.DEVNULL, env=env)
        subprocess.run([KILN, "bake", "-o", zst, src], stdout=subprocess.DEVNULL, env=env)
        subprocess.run([KILN, "run", zst, "/"], stdout=subprocess.DEVNULL, env=env)  # fill the raw cache
        # an image belongs to one binary: the static kiln bakes its own
        static = os.access(KILN_STATIC, os.X_OK)
        sraw = os.path.join(tmp, app + "-static-raw.kiln")
        if static:
            subprocess.run([KILN_STATIC, "bake", "--raw", "-o", sraw, src], stdout=subprocess.DEVNULL, env=env)
        # a raw file is trusted without re-hashing only once it is two seconds old
        time.sleep(2.1)
        cmds = [("python3", ["/usr/bin/python3", src, "/"])]
        if shutil.which("pypy3"):
            cmds.append(("pypy3", [shutil.which("pypy3"), src, "/"]))
        cmds += [("kiln app.py", [KILN, src, "/"]),
                 ("kiln run (raw image)", [KILN, "run", raw, "/"]),
                 ("kiln run (zstd image, cached)", [KILN, "run", zst, "/"])]
        if static:
            cmds.append(("kiln-static run (raw image)", [KILN_STATIC, "run", sraw, "/"]))
        cmds += [(name, [exe, raw]) for name, exe in floors]
        cmds += [("(floor: /bin/echo)", ["/bin/echo", "x"]),
                 ("(floor: /bin/true)", ["/bin/true"])]
        for _, cmd in cmds:     # warm the page cache; verify and stamp the raw files
            timed(cmd, env, cmd[0] == "/bin/true")
        first = {n: [] for n, _ in cmds}
        end = {n: [] for n, _ in cmds}
        cpu = {n: [] for n, _ in cmds}
        rss = {}
        for name, cmd in cmds:
            if name.startswith("(floor"):
                continue
            p = alive(cmd, env)
            rss[name] = "%.1f" % rss_of(p.pid)
            finish(p)
        order = list(cmds)
        for r in range(a.runs):
            # a new order each round: what ran just before (a cold cache
            # after a big program, a warm one after the same binary) is no
            # one command's bias
            random.Random(r).shuffle(order)
            for name, cmd in order:
                t1, t2, c, _ = timed(cmd, env, cmd[0] == "/bin/true")
                if t1 is not None:
                    first[name].append(t1)
                    end[name].append(t2)
                    cpu[name].append(c)
        base = statistics.median(first["python3"]) if first["python3"] else None
        floor = statistics.median(first["(floor: /bin/true)"]) if first["(floor: /bin/true)"] else 0
        for name, _ in cmds:
            if not first[name]:
                print("| %s | %s | failed | - | - | - | - | - |" % (app, name))
                continue
            m = statistics.median(first[name])
            print("| %s | %s | %.2f | %.2f | %.2f | %.2f | %s | %s |" % (
                app, name, m * 1000, (m - floor) * 1000, statistics.median(end[name]) * 1000,
                statistics.median(cpu[name]) * 1000, "%.1fx" % (base / m) if base else "-", rss.get(name, "-")))
        # shared pages: N restored processes alive at once ("--wait": the app
        # waits for a line on stdin after answering)
        procs = [alive([KILN, "run", raw, "/"], env) for _ in range(a.procs)]
        total_pss = sum(pss_of(p.pid) for p in procs)
        one = rss_of(procs[0].pid)
        for p in procs:
            finish(p)
        print("| %s | %d restored processes alive | summed PSS %.1f MB | %d x one RSS %.1f MB | | | | |" % (
            app, a.procs, total_pss, a.procs, a.procs * one))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
