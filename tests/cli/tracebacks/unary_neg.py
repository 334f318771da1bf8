s = "text"
z = 1 + -s
