"""binascii (kiln overlay): conversions between binary data and ASCII
encodings, in Python until kiln's C version lands."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _bytes(data, name='argument'):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return bytes(memoryview(data))


def b2a_base64(data, *, newline=True):
    data = bytes(memoryview(data))
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _bytes(data)
    out = bytearray()
    acc = bits = 0
    pads = 0
    quad = 0
    for c in data:
        if c == 61:  # '='
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                acc = bits = quad = 0
                pads = 0
            continue
        v = _B64_REV.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if pads and strict_mode:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        acc = (acc << 6) | v
        bits += 6
        quad = (quad + 1) % 4
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % (sum(1 for c in data if c in _B64_REV)))
    if quad:
        raise Error('Incorrect padding')
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = bytes(memoryview(data))
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _bytes(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(s.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify

_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _i, _c


def crc32(data, crc=0):
    crc = ~crc & 0xffffffff
    table = _CRC_TABLE
    for b in bytes(memoryview(data)):
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def crc_hqx(data, crc):
    crc &= 0xffff
    for b in bytes(memoryview(data)):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = bytes(memoryview(data))
    out = bytearray()
    for i, c in enumerate(data):
        if (c > 126 or c == 61 or (c < 32 and c not in (10, 13)) or
                (quotetabs and c in (9, 32)) or (header and c == 95) or
                (c in (9, 32) and (i + 1 == len(data) or data[i + 1] in (10, 13)))):
            out += b'=%02X' % c
        elif header and c == 32:
            out += b'_'
        else:
            out.append(c)
    return bytes(out)


def a2b_qp(data, header=False):
    data = _bytes(data)
    out = bytearray()
    i = 0
    while i < len(data):
        c = data[i]
        if c == 61:
            if data[i + 1:i + 2] == b'\n':
                i += 2
                continue
            if data[i + 1:i + 3] == b'\r\n':
                i += 3
                continue
            h = data[i + 1:i + 3]
            try:
                out.append(int(h, 16))
                i += 3
                continue
            except ValueError:
                out.append(c)
        elif header and c == 95:
            out.append(32)
        else:
            out.append(c)
        i += 1
    return bytes(out)
