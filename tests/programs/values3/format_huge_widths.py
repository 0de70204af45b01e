for e in ['format(1, "2000000000000")', 'format("abc", "2000000000000")', 'format(1.5, ">2000000000000")', 'format(1+2j, "2000000000000")', '"{:{}}".format(1, 2**40 + 1)', 'f"{5:{2**41}d}"', 'format(1, "2000000000000z")', 'format("abc", "9999999999999999999999")', 'format(True, "^2000000000000")', 'format(12, "010")', 'format("ab", "*^7")', 'format(1234, "012,")']:
    try: print(e, repr(eval(e))[:30])
    except Exception as ex: print(e, type(ex).__name__, ex)
