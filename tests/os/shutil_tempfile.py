# shutil, tempfile, pathlib and glob over posix.
import tempfile, shutil, os, pathlib, glob
d = tempfile.mkdtemp()
p = pathlib.Path(d)
(p / 'a').mkdir()
(p / 'a' / 'x.txt').write_text('hello')
(p / 'b.py').write_bytes(b'print(1)\n')
print(sorted(x.name for x in p.iterdir()), (p / 'a' / 'x.txt').read_text(), (p/'b.py').stat().st_size)
print(sorted(os.path.relpath(x, d) for x in glob.glob(d + '/**', recursive=True)))
print(sorted(q.name for q in p.rglob('*.txt')), p.joinpath('a').is_dir(), p.joinpath('zz').exists())
shutil.copytree(p / 'a', p / 'c')
shutil.copy(p / 'b.py', p / 'c' / 'b2.py')
shutil.move(str(p / 'c' / 'b2.py'), str(p / 'b3.py'))
print(sorted(os.listdir(d)), sorted(os.listdir(p / 'c')))
for w in sorted((os.path.relpath(root, d), sorted(dirs), sorted(files)) for root, dirs, files in os.walk(d)):
    print(*w)
with tempfile.TemporaryDirectory() as t2:
    with tempfile.NamedTemporaryFile(dir=t2, delete=False) as f:
        f.write(b'abc')
    print(os.path.getsize(f.name), os.path.dirname(f.name) == t2)
print(os.path.exists(t2))
print(shutil.disk_usage(d).total > 0, shutil.which('sh') is not None)
shutil.rmtree(d)
print(os.path.exists(d))
