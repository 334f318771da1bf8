# asyncio streams over a loopback socket: start_server + open_connection, a
# line protocol, readexactly/readuntil, EOF, a Protocol-based server, and
# sock_* calls on a socketpair.  Ports are ephemeral and never printed.
import asyncio
import socket


async def handle(reader, writer):
    peer_ok = writer.get_extra_info("peername") is not None
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd = line.decode().strip()
        if cmd == "quit":
            writer.write(b"bye\n")
            await writer.drain()
            break
        writer.write(("echo:%s:%s\n" % (cmd.upper(), peer_ok)).encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for ln in lines:
        writer.write(ln.encode() + b"\n")
        await writer.drain()
        replies.append((await reader.readline()).decode().rstrip("\n"))
    writer.write(b"quit\n")
    replies.append((await reader.readline()).decode().rstrip("\n"))
    print("eof after quit", await reader.read() == b"", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    return replies


async def test_streams():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving", server.is_serving(), isinstance(port, int))
    async with server:
        r = await asyncio.gather(client(port, ["a", "bb"]), client(port, ["ccc"]))
        print("clients", r)
    print("closed", server.is_serving())


class Upper(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data.upper())
        if data.endswith(b"!"):
            self.transport.close()


async def test_protocol():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Upper, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello ")
    print("readexactly", await reader.readexactly(6))
    writer.write(b"world;more!")
    print("readuntil", await reader.readuntil(b";"))
    print("rest", await reader.read())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


async def test_sock():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"ping")
    print("sock_recv", await loop.sock_recv(b, 100))
    fut = loop.create_future()
    loop.add_reader(b.fileno(), lambda: fut.set_result(b.recv(100)))
    a.send(b"reader callback")
    print("add_reader", await fut)
    loop.remove_reader(b.fileno())
    a.close()
    b.close()
    try:
        await asyncio.open_connection("127.0.0.1", closed_port())
    except ConnectionRefusedError as e:
        print("refused", type(e).__name__)


def closed_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


async def main():
    await test_streams()
    await test_protocol()
    await test_sock()


asyncio.run(main())


async def test_signals():
    import os
    import signal
    loop = asyncio.get_running_loop()
    got = []
    fut = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda: got.append("usr1"))
    loop.add_signal_handler(signal.SIGALRM, lambda: fut.set_result("alarm while waiting"))
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.01)
    print("signal handler", got)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    print(await fut)
    print("removed", loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    loop.remove_signal_handler(signal.SIGALRM)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("SIGKILL", e)


asyncio.run(test_signals())
