# Keyword arguments given to builtins and methods: accepted where CPython
# accepts them, refused with its wording elsewhere.
calls = [
    "sorted([3,1], key=None, reverse=True)", "sorted([3,1], reverse=1)", "sorted(iterable=[1])", "min([1,2], key=abs, default=0)", "max(1, 2, default=3)",
    "enumerate('ab', start=3)", "enumerate(iterable='ab')", "int('10', base=2)", "int(x='10')", "float(x='1')", "str(object=5)", "'a b'.split(sep=' ', maxsplit=1)",
    "'a b'.split(maxsplit=1)", "{}.get('k', default=1)", "[1].pop(index=0)", "[1,2].index(2, start=0)", "'ab'.find(sub='a')", "'ab'.replace('a', 'b', count=1)",
    "'ab'.startswith(prefix='a')", "round(number=1.5)", "round(1.55, ndigits=1)", "divmod(a=1, b=2)", "pow(base=2, exp=3)", "pow(2, exp=3, mod=5)", "abs(x=1)",
    "len(obj=[1])", "isinstance(obj=1, class_or_tuple=int)", "zip('a', 'b', strict=True)", "map(func=str, iterables=[1])", "range(stop=3)", "range(1, step=2)",
    "list(iterable=[1])", "tuple(iterable=[1])", "dict(a=1)", "set(iterable=[1])", "bytes(source=b'x')", "bytes('x', encoding='ascii')", "'x'.encode(encoding='ascii', errors='strict')",
    "b'x'.decode(encoding='ascii')", "'{}'.format(x=1)", "print('x', sep='-', end='!\\n', flush=True)", "print('x', file=None)", "'abc'.center(width=5)", "'a,b'.rsplit(',', maxsplit=1)",
    "'x'.ljust(5, fillchar='*')", "'x'.zfill(width=3)", "'xy'.strip(chars='x')", "'ab'.count(x='a')", "[3,1].sort(key=lambda x: x)", "[].sort(reverse=True, key=None)",
    "sum([1], start=5)", "sum(iterable=[1])", "next(iter([]), default=1)", "iter([1], sentinel=None)", "getattr(object=1, name='real')", "hasattr(1, name='x')",
    "format(value=1, format_spec='d')", "hash(obj=1)", "repr(obj=1)", "chr(i=65)", "ord(c='a')", "bin(number=5)", "any(iterable=[])", "filter(function=None, iterable=[])",
    "int.from_bytes(bytes=b'\\x01', byteorder='big')", "(5).to_bytes(length=1, byteorder='big')", "'x'.splitlines(keepends=True)", "dict.fromkeys(iterable='ab', value=0)",
    "[].extend(iterable=[])", "{1}.add(elem=2)", "'%s'.__mod__(5)", "str.join(sep='', iterable='ab')", "complex(real=1, imag=2)", "bool(x=1)", "memoryview(object=b'x')",
]
for c in calls:
    try:
        r = eval(c)
        if hasattr(r, "__next__") or type(r).__name__ in ("map", "filter", "zip", "enumerate", "range", "memoryview"):
            r = type(r).__name__
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
