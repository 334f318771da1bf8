# select.epoll over a socketpair and a pipe, and selectors.DefaultSelector.
import os
import select
import selectors
import socket

print(sorted(n for n in dir(select) if n.startswith('EPOLL')))
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.EPOLL_CLOEXEC)
print(selectors.DefaultSelector.__name__, select.epoll.__module__, select.epoll.__name__)

a, b = socket.socketpair()
ep = select.epoll()
print(ep.closed, isinstance(ep.fileno(), int), os.get_inheritable(ep.fileno()))
ep.register(a.fileno(), select.EPOLLIN)
print(ep.poll(0))
b.send(b'hi')
print([(fd == a.fileno(), ev) for fd, ev in ep.poll(1)])
ep.modify(a, select.EPOLLIN | select.EPOLLOUT)
print([(fd == a.fileno(), ev) for fd, ev in ep.poll(1)])
print(len(ep.poll(timeout=1, maxevents=1)))
try:
    ep.register(a.fileno(), select.EPOLLIN)
except FileExistsError as e:
    print('FileExistsError', e.errno)
ep.unregister(a)
print(ep.poll(0))
try:
    ep.unregister(a)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
for bad in (0, -2):
    try:
        ep.poll(maxevents=bad)
    except ValueError as e:
        print(e)
try:
    ep.poll('x')
except TypeError as e:
    print(e)
try:
    select.epoll(sizehint=0)
except ValueError as e:
    print(e)
try:
    select.epoll(flags=1)
except OSError as e:
    print(e)

# a pipe, edge-triggered, and a hang-up
r, w = os.pipe()
ep.register(r, select.EPOLLIN | select.EPOLLET)
os.write(w, b'x')
print([(fd == r, ev) for fd, ev in ep.poll(1)])
print(ep.poll(0))          # edge-triggered: no new edge
os.close(w)
print([(fd == r, ev & (select.EPOLLIN | select.EPOLLHUP)) for fd, ev in ep.poll(1)])
ep.unregister(r)
os.close(r)

ep2 = select.epoll.fromfd(os.dup(ep.fileno()))
print(type(ep2).__name__, ep2.closed)
ep2.close()
ep.close()
print(ep.closed, ep2.closed)
ep.close()
for call in (ep.fileno, lambda: ep.poll(0), lambda: ep.register(a)):
    try:
        call()
    except ValueError as e:
        print(e)
with select.epoll() as ep3:
    print(ep3.closed)
print(ep3.closed)

# selectors over epoll
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, data='A')
sel.register(b, selectors.EVENT_WRITE, data='B')
for key, events in sorted(sel.select(1), key=lambda kv: kv[0].data):
    print(key.data, events)
b.recv(10) if False else None
print(a.recv(10))
print(sorted(key.data for key, ev in sel.select(0)))
sel.modify(b, selectors.EVENT_READ, data='B2')
a.send(b'back')
print([(key.data, ev) for key, ev in sel.select(1)])
print(sel.get_key(a).data, len(sel.get_map()))
sel.unregister(a)
sel.close()
a.close()
b.close()
