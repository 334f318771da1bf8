import gzip, zipfile, tempfile, os, io, random

rng = random.Random(7)
data = bytes(rng.randrange(8) for _ in range(30000)) + b"text line\n" * 500

print(gzip.decompress(gzip.compress(data)) == data, gzip.decompress(gzip.compress(b"")) == b"")
c = gzip.compress(b"hello", mtime=0)
print(c.hex())
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.gz")
    f = gzip.open(p, "wb")
    f.write(data)
    f.write(b"tail")
    f.close()
    f = gzip.open(p, "rb")
    print(f.read() == data + b"tail")
    f.close()
    f = gzip.open(p, "rb")
    f.seek(100)
    print(f.read(5) == data[100:105])
    print(f.readline() == data[105:data.index(b"\n") + 1])
    f.close()
    zp = os.path.join(d, "a.zip")
    with zipfile.ZipFile(zp, "w") as z:
        z.writestr("stored.txt", b"stored data" * 10, compress_type=zipfile.ZIP_STORED)
        z.writestr("deflated.bin", data, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("dir/small.txt", "small text")
    with zipfile.ZipFile(zp) as z:
        for info in z.infolist():
            print(info.filename, info.file_size, info.compress_type, info.CRC)
        print(z.read("stored.txt")[:11], z.read("deflated.bin") == data, z.read("dir/small.txt"))
        print(z.testzip())
        with z.open("deflated.bin") as f:
            print(f.read(10) == data[:10], len(f.read()) == len(data) - 10)
        z.extractall(os.path.join(d, "out"))
    print(sorted(os.listdir(os.path.join(d, "out"))))
    with open(os.path.join(d, "out", "deflated.bin"), "rb") as f:
        print(f.read() == data)
    print(zipfile.is_zipfile(zp), zipfile.is_zipfile(p))
bio = io.BytesIO()
g = gzip.GzipFile(fileobj=bio, mode="wb", mtime=0)
g.write(b"abc" * 1000)
g.close()
print(len(bio.getvalue()), gzip.GzipFile(fileobj=io.BytesIO(bio.getvalue())).read() == b"abc" * 1000)
try:
    gzip.decompress(b"not gzip data")
except Exception as e:
    print(type(e).__name__, e)
