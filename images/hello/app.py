"""kiln's sample app: a little work at start-up, then a result per request."""
import sys

ROUTES = {}


def route(path):
    def register(fn):
        ROUTES[path] = fn
        return fn
    return register


@route("/")
def index(query):
    return "hello from kiln, " + query.get("name", "world")


@route("/primes")
def primes(query):
    n = int(query.get("n", "50"))
    sieve = [True] * (n + 1)
    out = []
    for i in range(2, n + 1):
        if sieve[i]:
            out.append(i)
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return " ".join(map(str, out))


def handle(path, query):
    fn = ROUTES.get(path)
    return fn(query) if fn else "404 not found: " + path


def main(argv):
    wait = "--wait" in argv          # used by bench/startup.py to keep processes alive
    for arg in [a for a in argv[1:] if a != "--wait"] or ["/", "/primes?n=30"]:
        path, _, qs = arg.partition("?")
        query = dict(kv.split("=", 1) for kv in qs.split("&") if "=" in kv)
        print(handle(path, query))
    if wait:
        sys.stdout.flush()
        sys.stdin.readline()


if __name__ == "__main__":
    try:
        import kiln
    except ImportError:        # under CPython
        kiln = None
    if kiln is not None and kiln.is_baking():
        for path in ROUTES:    # warm up every route once, then freeze
            handle(path, {})
        kiln.set_main(lambda: main(sys.argv))
    else:
        main(sys.argv)
