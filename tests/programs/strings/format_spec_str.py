for spec in ['', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.3', '-<6']:
    print(repr(spec), repr(format('hello', spec)))
print(repr(format('', '5')), repr(f'{"x":>{3}}'), repr('{:{fill}{align}{width}}'.format('ab', fill='.', align='^', width=7)))
for bad in ['d', '+', '=10', ',']:
    try:
        format('x', bad)
    except ValueError as e:
        print(e)
