# Files left open at exit are flushed, as CPython's teardown does: a child
# process (sys.executable, so kiln under kiln) writes without closing.
import os, shutil, subprocess, sys, tempfile

d = tempfile.mkdtemp(prefix="exitflush-")
with open(os.path.join(d, "mod.py"), "w") as f:
    f.write("text = open('mod_text.txt', 'w')\n"
            "text.write('module global, text\\n')\n"
            "data = open('mod_data.bin', 'wb')\n"
            "data.write(b'module global, binary\\n')\n")
with open(os.path.join(d, "child.py"), "w") as f:
    f.write("import mod\n"
            "g = open('main.txt', 'w', encoding='utf-16')\n"
            "g.write('main global, utf-16\\n')\n"
            "def local():\n"
            "    h = open('local.txt', 'a')\n"
            "    h.write('local, never closed\\n' * 1000)\n"
            "local()\n"
            "rw = open('random.bin', 'w+b')\n"
            "rw.write(b'read-write')\n"
            "class Closer:\n"
            "    def __del__(self):\n"
            "        mod.text.write('from __del__ at exit\\n')\n"
            "closer = Closer()\n"
            "print('child done')\n")
r = subprocess.run([sys.executable, "child.py"], cwd=d, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
for name in sorted(os.listdir(d)):
    if name.endswith(".py") or name == "__pycache__":
        continue
    with open(os.path.join(d, name), "rb") as f:
        data = f.read()
    print(name, len(data), data[:40], data[-24:])
shutil.rmtree(d)
print(os.path.basename(sys.executable) != "", os.path.isabs(sys.executable))
r = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True)
print(r.returncode, r.stdout)
