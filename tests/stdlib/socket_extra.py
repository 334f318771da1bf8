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
