for e in ['b"abcd" * (2**62)', 'b"a" * (2**62)', '"ab" * (2**62)', '"a" * (2**62)', '"é" * (2**62)', 'b"ab" * (2**40)', '"ab" * (2**45)', 'len(b"ab" * 3)', 'len("ab" * 3)', '(1, 2) * 2**62', '[1, 2] * 2**62', '2**62 * b"abcd"']:
    try:
        r = eval(e)
        print(e, repr(r)[:40])
    except Exception as ex:
        print(e, type(ex).__name__, ex)
b = bytearray(b"ab")
try:
    b *= 2**62
except Exception as ex:
    print(type(ex).__name__, ex)
print(b)
