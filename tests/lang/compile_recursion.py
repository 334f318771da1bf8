for n in (2990, 3000):
    try:
        compile("x = " + "+".join(["1"]*n), "big", "exec"); print(n, "ok")
    except RecursionError as e: print(n, "RecursionError", e)
