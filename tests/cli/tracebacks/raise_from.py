def load(k):
    try:
        return {}[k]
    except KeyError as e:
        raise ValueError("bad key " + k) from e
load("zz")
