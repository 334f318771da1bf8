tests = ["1/0", "1//0", "1%0", "divmod(1,0)", "1.0/0", "1.0//0", "1.0%0", "divmod(1.0,0)", "0**-1", "0.0**-1",
         "pow(2,-1,4)", "pow(2,3,0)", "1<<-1", "1>>-1", "int('12',37)", "int('x')", "int('')", "int('1__0')",
         "int(1.5e400)", "int(float('nan'))", "float(10**400)", "10**400/1", "(10**400)/3", "float('x')",
         "int('9'*5000)", "str(10**5000)", "int(None)", "int([])", "float(None)", "2.0**10000", "0.0**-1.5",
         "int('010',0)", "(1).to_bytes(0,'big')", "(-1).to_bytes(1,'big')", "(255).to_bytes(1,'big',signed=True)",
         "int('1e5')", "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()", "int(float('inf'))",
         "round(float('inf'))", "round(float('nan'))", "1 < 1j", "int(12, 10)", "int(x=1)", "int('- 5')", "int('0_7', 0)",
         "float('_1')", "float('1._0')", "float('infinit')", "float('0x10')", "float.fromhex('0x1p2000')", "float.fromhex('zz')",
         "int.from_bytes(b'1', 'middle')", "(5).to_bytes(-1, 'big')", "round(1.7e308, -308)",
         "float.__getformat__('x')", "1 + 'a'", "1.5 & 1", "~1.5", "1 << 1.0",
         "pow(2.0, 3, 4)", "int('12\\x00')", "float('12\\x00')", "int('٣', 2)"]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
