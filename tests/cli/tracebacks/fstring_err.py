v = None
s = f"value: {v + 1} done"
