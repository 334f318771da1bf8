a = 1
b = "x"
if a < b < 3:
    pass
