keys = ["a", "b"]
m = {k: int(k) for k in keys}
