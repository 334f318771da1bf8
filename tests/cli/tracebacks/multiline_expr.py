def f():
    return [1, 2][
        7
    ]
f()
