table = {"x": 1}
val = table[
    "y"
]
