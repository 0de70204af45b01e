for e in ['"a\\tb".expandtabs(2**62)', '"a\\tb".expandtabs(2**31)', 'b"a\\tb".expandtabs(2**31)', '"a\\tb".expandtabs(-2**40)', '"a\\tbc\\td".expandtabs(3)', 'b"a\\tb".expandtabs(-1)', '"x\\ty".expandtabs(tabsize=2)', '"x\\ty".expandtabs(1.5)', '"x\\ty".expandtabs(True)', '"\\t".expandtabs(1000)[-2:]']:
    try: print(e, repr(eval(e))[:30])
    except Exception as ex: print(e, type(ex).__name__, ex)
