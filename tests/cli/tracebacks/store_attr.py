n = 5
n.attr = 3
