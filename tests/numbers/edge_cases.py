for e in ["pow(3, 4, 5.0)", "pow(3.0, 4, 5)", "pow(3, 4.0, 5)", "pow(2, 3, 1j)", "pow(1j, 2, 3)", "divmod(True, 2)", "int.__new__(bool)",
          "float.__setformat__", "(5).__round__(None)", "(5.5).__round__(None)", "round(5, None)", "round(5.5, 0)", "round(-0.0)",
          "(1).__truediv__(0)", "(1.0).__rtruediv__(2)", "(2).__rpow__(3)", "(2).__pow__(3, 5)", "(2.0).__pow__(3)",
          "int('1'*100) // int('3'*50)", "hash(-2**63)", "hash(2**63)", "-5 >> 1", "-(2**100) >> 99", "(-1) << 100",
          "int('0' * 5000)", "int('-0')", "float('-0')", "complex('-0')", "1e-323 * 0.1", "(0.1).hex()", "float.fromhex('0x1.ffffffffffffffp1023')",
          "float.fromhex('0x1p-1075')", "float.fromhex('0x1.8p-1074')", "float.fromhex('0x3p-1076')", "(-1.5).__floor__()", "(1e300).__ceil__() > 0",
          "bool(0.0j)", "complex(1, -0.0)", "complex(-1.5, float('nan'))", "abs(-0.0)", "-0.0 == 0", "0.0 is -0.0", "int(-0.0)",
          "(7).to_bytes(2, 'little', signed=True)", "(-129).to_bytes(2, 'big', signed=True)", "int.from_bytes(b'', 'big')",
          "int.from_bytes(b'\\x80', 'big', signed=True)", "(2**64-1).to_bytes(8, 'big')", "(-2**63).to_bytes(8, 'big', signed=True)"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
