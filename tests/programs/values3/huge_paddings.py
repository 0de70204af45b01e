for e in ['"abc".center(2**62)', '"abc".ljust(2**62, "é")', '"abc".rjust(2**62 + 3)', '"x".zfill(2**62)', '"-5".zfill(2**50)', 'b"x".center(2**62)', 'b"x".zfill(2**62)', 'bytes(2**62)', 'bytes(2**41)', '"abc".center(9, "é")', '"ab".zfill(5)', 'b"ab".center(7, b"*")', 'len(bytes(10))', 'bytearray(3)', '"a".rjust(2**63)']:
    try:
        r = eval(e)
        print(e, repr(r)[:40])
    except Exception as ex:
        print(e, type(ex).__name__, ex)
