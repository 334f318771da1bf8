def f(x):
    out = []
    try:
        out.append("try")
        if x:
            raise ValueError
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(f(0), f(1))
def g():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("g finally")
print(g())
def h():
    try:
        pass
    except Exception:
        pass
    else:
        return "from else"
    finally:
        print("h finally")
print(h())
def loop():
    for i in range(3):
        try:
            pass
        except Exception:
            pass
        else:
            if i == 1:
                continue
            print("else", i)
        finally:
            print("finally", i)
loop()
