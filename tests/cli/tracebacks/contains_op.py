ok = 1 in 5
