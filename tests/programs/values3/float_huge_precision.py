for s in [".2147483648f", ".2147483648", ".9999999999e", ".2147483648g"]:
    try: format(1.5, s)
    except Exception as e: print(s, type(e).__name__, e)
    try: format(1.5+1j, s)
    except Exception as e: print(s, type(e).__name__, e)
print(len(format(1.5, ".1500000f")), format(1/3, ".1000010f")[-5:], len(format(1e300, ".1200000f")), format(2/3, ".1100000e")[-8:], len(format(1+1j, ".1000001f")))
print(len(f"{0.1:.1000005g}"), f"{0.1:.1000005g}"[:30])
