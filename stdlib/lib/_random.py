"""Mersenne Twister core of the random module (kiln overlay: CPython
implements it in C; this is the same MT19937 in Python, so seeded sequences
are identical to CPython's)."""

_N = 624
_M = 397


class Random:
    """Random() -> create a random number generator with its own internal state."""

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._mt = [0] * _N
        self._index = _N
        if cls is Random and kwargs:
            raise TypeError('Random() takes no keyword arguments')
        Random.seed(self, args[0] if args else None)
        return self

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & 0xffffffff
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xffffffff
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i, j = 1, 0
        klen = len(key)
        for _ in range(max(_N, klen)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & 0xffffffff
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= klen:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & 0xffffffff
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def _next32(self):
        if self._index >= _N:
            mt = self._mt
            for kk in range(_N):
                y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % _N] & 0x7fffffff)
                v = mt[(kk + _M) % _N] ^ (y >> 1)
                if y & 1:
                    v ^= 0x9908b0df
                mt[kk] = v
            self._index = 0
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._next32() >> 5
        b = self._next32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def seed(self, n=None):
        """seed([n]) -> None."""
        if n is None:
            import time
            n = time.time_ns() ^ (time.perf_counter_ns() << 20) ^ id(self)
        elif not isinstance(n, int):
            n = hash(n)
        n = abs(n)
        key = []
        while n:
            key.append(n & 0xffffffff)
            n >>= 32
        self._init_by_array(key or [0])

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        return tuple(self._mt) + (self._index,)

    def setstate(self, state):
        """setstate(state) -> None.  Restores generator state."""
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != _N + 1:
            raise ValueError('state vector is the wrong size')
        self._mt = [int(x) & 0xffffffff for x in state[:_N]]
        index = int(state[_N])
        if not 0 <= index <= _N:
            raise ValueError('invalid state')
        self._index = index

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._next32() >> (32 - k) if k else 0
        result = 0
        shift = 0
        while k > 0:
            r = self._next32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result
