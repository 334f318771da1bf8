import socket, selectors, errno, os, tempfile

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOL_SOCKET,
      socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SHUT_RDWR, socket.AI_PASSIVE)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.timeout is TimeoutError, socket.error is OSError,
      issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"),
      socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\x01"))
for f in [lambda: socket.inet_aton("1.2.3.999"), lambda: socket.inet_pton(socket.AF_INET, "x"),
          lambda: socket.inet_ntoa(b"12345"), lambda: socket.htons(-1), lambda: socket.htons(70000)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"), type(socket.gethostname()).__name__)
print(sorted(set((a[0], a[4]) for a in socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)[0][4])
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", e.errno in (socket.EAI_NONAME, socket.EAI_AGAIN))
print(socket.getdefaulttimeout())
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.gethostbyname_ex("localhost")[2], socket.gethostbyname_ex("127.0.0.1"))

# TCP echo over loopback, single-threaded with selectors
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
port = srv.getsockname()[1]
cli = socket.socket()
cli.setblocking(False)
print(cli.connect_ex(("127.0.0.1", port)) in (0, errno.EINPROGRESS), cli.gettimeout(), cli.getblocking())
conn, addr = srv.accept()
print(addr[0], conn.getsockname()[1] == port, conn.getpeername() == cli.getsockname())
sel = selectors.DefaultSelector()
sel.register(conn, selectors.EVENT_READ, "server")
cli.setblocking(True)
payload = bytes(range(256)) * 400
cli.sendall(payload)
cli.shutdown(socket.SHUT_WR)
received = b""
while True:
    events = sel.select(timeout=5)
    if not events:
        break
    data = conn.recv(65536)
    if not data:
        break
    received += data
print(len(received), received == payload)
conn.sendall(b"reply")
conn.close()
print(cli.recv(100), cli.recv(100))
cli.close()
sel.close()

# timeouts
cli = socket.create_connection(("127.0.0.1", port), timeout=0.2)
conn, _ = srv.accept()
try:
    cli.recv(10)
except socket.timeout as e:
    print("timeout", e, type(e).__name__)
buf = bytearray(10)
conn.send(b"abc")
print(cli.recv_into(buf), buf)
f = cli.makefile("rb")
conn.sendall(b"line one\nline two\n")
print(f.readline(), f.readline())
f.close()
w = conn.makefile("w")
w.write("text\n"); w.flush(); w.close()
print(cli.recv(5))
cli.close(); conn.close(); srv.close()
try:
    srv.accept()
except OSError as e:
    print(type(e).__name__, e.errno == errno.EBADF)

# refused connection
s = socket.socket()
s.bind(("127.0.0.1", 0))
p2 = s.getsockname()[1]
s.close()
try:
    socket.create_connection(("127.0.0.1", p2), timeout=2)
except ConnectionRefusedError as e:
    print("refused", e.errno == errno.ECONNREFUSED)

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.sendto(b"datagram", u1.getsockname())
data, a = u1.recvfrom(100)
print(data, a == u2.getsockname(), u1.type)
u1.close(); u2.close()

# AF_UNIX and socketpair
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    us.bind(path)
    us.listen()
    uc = socket.socket(socket.AF_UNIX)
    uc.connect(path)
    ua, _ = us.accept()
    uc.sendall(b"unix!")
    print(ua.recv(10), us.getsockname() == path, os.path.exists(path))
    for x in (us, uc, ua):
        x.close()
a, b = socket.socketpair()
a.sendall(b"pair")
print(b.recv(4), a.family == socket.AF_UNIX)
a.close(); b.close()
with socket.socket() as s:
    s.settimeout(3)
    print(s.gettimeout(), s.timeout)
    s.settimeout(None)
    print(s.gettimeout())
    try:
        s.settimeout(-1)
    except ValueError as e:
        print("ValueError", e)
try:
    socket.socket().bind(("127.0.0.1", 70000))
except OverflowError as e:
    print("OverflowError", e)
import http.client, http.server, email.message, asyncio, ftplib, urllib.request
print("imports ok")
