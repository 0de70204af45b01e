# builtins called with wrong types, counts and keywords
def t(src):
    try:
        exec(src, {})
    except BaseException as e:
        print(f'{src!r}: {type(e).__name__}: {e} {e.args!r}')
    else:
        print(f'{src!r}: ok')

for s in [
 "len(5)", "len()", "len(1, 2)", "len(x=1)", "int('x')", "int('1', base=1)", "int('1', 37)", "int(1, 10)",
 "int('9', 8)", "int('1_', 10)", "int(' ')", "int('1.5')", "int([])", "int(x=1)", "float('1e')", "float([])",
 "float('')", "float(' x ')", "chr(-1)", "chr(0x110000)", "chr(1.5)", "ord('ab')", "ord('')", "ord(b'ab')",
 "range(1.5)", "range()", "range(1,2,3,4)", "range(1, 'a')", "range(0, 10, 0)", "sum(['a'])", "sum([1], 'a')",
 "sum([[1]])", "sum(1)", "max([])", "max()", "min(1)", "max(1, 2, key=5)", "max([], default=1, key=None, x=2)",
 "sorted([1,'a'])", "sorted([1], key=1)", "sorted([1], 1)", "divmod(1,0)", "divmod(1.0, 0)", "divmod(1, 'a')",
 "pow(0,-1)", "pow(0.0,-1)", "pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "pow(2, 0.5, 3)", "pow('a', 'b')",
 "round('x')", "round(1.5, 'a')", "round(1, 2, 3)", "abs('x')", "abs()", "iter(5)", "iter(5, 6)", "next(iter([]))",
 "next(iter([]), 1, 2)", "next([])", "getattr(1,'x')", "getattr(1, 2)", "getattr()", "hash([])", "hash({})",
 "hash(set())", "hash(bytearray())", "bin('a')", "hex(1.5)", "oct([])", "bool(1, 2)", "list(1, 2)", "dict(1)",
 "dict([1])", "dict([(1,2,3)])", "dict([[1]])", "tuple(1, 2)", "str(1, 2)", "str(b'x', 'nope')", "str(1, 'utf-8')",
 "bytes(-1)", "bytes([256])", "bytes(['a'])", "bytes(1.5)", "bytearray('a')", "isinstance(1, (int, 2))",
 "issubclass(int, 1)", "callable()", "vars(1)", "dir(1, 2)", "repr()", "format(1, 'q')", "format('a', 'd')",
 "format(1.5, 'd')", "format([], 'x')", "zip(1)", "map(1)", "map(len, 1)", "filter(1, 2)", "enumerate(1)",
 "enumerate([], 'a')", "reversed(1)", "reversed({})", "all(1)", "any(1)", "slice()", "complex('1+')",
 "complex(1, 'a')", "complex('1', 2)", "object(1)", "type(1, 2)", "type('a', 1, {})", "setattr(1)", "delattr(1, 'x')",
 "input(1, 2)", "print(sep=1)", "print(file=1)", "open()", "id()", "locals(1)", "globals(1)", "ascii()",
 "min([1, 'a'])", "max('a', 1)", "list(map(int, ['1', 'x']))", "int('0x10', 0)", "int('010', 0)", "int('12', 2)",
]:
    t(s)
