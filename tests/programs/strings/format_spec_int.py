n = 1234567
for spec in ['', 'd', '10d', '<10d', '^10d', '>10d', '010d', '+d', ' d', '-d', ',', '_', '_x', ',d', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '#010b', 'c', 'e', '.2e', 'f', '.1f', 'g', '%', 'n', '*^15,', '=+12,']:
    try:
        print(repr(spec), repr(format(n if spec != 'c' else 65, spec)))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
print(format(-42, '=8'), format(-42, '08'), format(-42, '+08'), format(True, 'd'), format(True), format(-255, '#x'))
print(format(10**20, ','), format(-10**20, '_'), format(2**64, 'x'))
for bad in ['s', ',b', '.2d', 'z']:
    try:
        format(5, bad)
    except ValueError as e:
        print(e)
