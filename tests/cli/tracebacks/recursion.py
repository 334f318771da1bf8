def fact(n):
    return n * fact(n - 1) if n != 0 else 1 // n
fact(30)
