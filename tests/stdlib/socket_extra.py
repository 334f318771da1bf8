# socket: Linux constants (kernel ABI values), network interface names, and
# sendmsg/recvmsg with ancillary data (file descriptors over a Unix socket).
import os
import socket
import struct

for name in ('AF_CAN', 'AF_TIPC', 'AF_VSOCK', 'AF_ALG', 'AF_BLUETOOTH', 'AF_RDS', 'AF_QIPCRTR', 'PF_CAN',
             'CAN_RAW', 'CAN_BCM', 'CAN_ISOTP', 'CAN_J1939', 'CAN_EFF_FLAG', 'CAN_RAW_FD_FRAMES',
             'SOL_TIPC', 'TIPC_ADDR_ID', 'VMADDR_CID_ANY', 'VMADDR_PORT_ANY', 'ALG_SET_KEY', 'SOL_ALG',
             'J1939_NO_ADDR', 'J1939_PGN_MAX', 'IPPROTO_GRE', 'IPPROTO_MPTCP', 'IPPROTO_UDPLITE',
             'IPV6_RECVHOPLIMIT', 'IP_TRANSPARENT', 'IP_BIND_ADDRESS_NO_PORT', 'MSG_FASTOPEN',
             'NETLINK_ROUTE', 'PACKET_HOST', 'SO_INCOMING_CPU', 'SO_PEERSEC', 'INADDR_ALLHOSTS_GROUP',
             'INADDR_MAX_LOCAL_GROUP', 'BDADDR_ANY', 'BDADDR_LOCAL', 'BTPROTO_RFCOMM', 'HCI_FILTER'):
    print(name, getattr(socket, name))
print(socket.AddressFamily.AF_CAN, socket.AddressFamily(29), socket.MsgFlag.MSG_FASTOPEN)

# network interfaces: the loopback interface is in every network namespace
names = socket.if_nameindex()
print(type(names).__name__, ('lo' in [n for i, n in names]))
idx = socket.if_nametoindex('lo')
print(socket.if_indextoname(idx), socket.if_nametoindex(b'lo') == idx, dict(names)[idx])
for call in (lambda: socket.if_nametoindex('no-such-if0'), lambda: socket.if_nametoindex(5),
             lambda: socket.if_indextoname(-1), lambda: socket.if_indextoname('x'),
             lambda: socket.if_indextoname(2 ** 31 - 1), lambda: socket.sethostname(5)):
    try:
        call()
    except (OSError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# sendmsg / recvmsg / recvmsg_into, and file descriptors passed with SCM_RIGHTS
a, b = socket.socketpair()
print(a.sendmsg([b'ab', b'cd']), b.recvmsg(10))
for call in (lambda: a.sendmsg(5), lambda: a.sendmsg([5]), lambda: a.sendmsg([b'x'], [(1,)]),
             lambda: a.sendmsg([b'x'], 5), lambda: b.recvmsg(-1), lambda: b.recvmsg(1, -1),
             lambda: b.recvmsg_into([b'x']), lambda: b.recvmsg_into(5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r, w = os.pipe()
print(a.sendmsg([b'fds'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack('ii', r, w))]))
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_SPACE(8))
print(msg, len(anc), anc[0][:2] == (socket.SOL_SOCKET, socket.SCM_RIGHTS), len(anc[0][2]), flags, addr)
r2, w2 = struct.unpack('ii', anc[0][2])
os.write(w2, b'through the passed fd')
print(os.read(r, 100))
a.sendmsg([b'xyz' * 3])
bufs = [bytearray(4), bytearray(10)]
print(b.recvmsg_into(bufs), bufs)
a.sendmsg([b'long message'])
print(b.recvmsg(4, 0, socket.MSG_PEEK), b.recv(100))
for fd in (r, w, r2, w2):
    os.close(fd)
rr, ww = os.pipe()
socket.send_fds(a, [b'hi'], [rr, ww])
m, fds, fl, ad = socket.recv_fds(b, 10, 2)
print(m, len(fds), fl, ad)
os.write(fds[1], b'via send_fds')
print(os.read(rr, 100))
for fd in [rr, ww] + fds:
    os.close(fd)
a.close()
b.close()
