x = {}["k"]   # a comment here
