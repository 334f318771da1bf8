class Thing:
    def __init__(self, v):
        self.v = int(v)
t = Thing("nope")
