# container methods, slicing and unpacking errors
def t(src):
    try:
        exec(src, {})
    except BaseException as e:
        print(f'{src!r}: {type(e).__name__}: {e} {e.args!r}')
    else:
        print(f'{src!r}: ok')

for s in [
 "[1].index(2)", "[1].index(1, 1)", "[1].index(1, 'a')", "[1].index()", "[1].remove(2)", "[].pop()", "[1].pop(5)",
 "[1].pop('a')", "[].pop(0)", "[1].insert('a', 1)", "[1].insert(1)", "[1].count()", "[1].extend(1)", "[1].sort(1)",
 "[1].sort(reverse='a')", "[1].copy(1)", "[1].reverse(1)", "[1].clear(1)", "[1].append()",
 "{}.popitem()", "{}.pop('k')", "{}.pop()", "{}['k']", "{}[(1, 2)]", "{}[[1]]", "{}.setdefault()", "{}.get()",
 "{}.update(1)", "{}.update([1])", "{}.update([(1,)])", "{}.fromkeys(1)", "dict.fromkeys()", "{}.keys(1)",
 "{1: 2} | [1]", "{1: 2} |= 1", "x = {1: 2}\nx |= 1", "x = {1: 2}\nx |= [1]", "x = {}\nfor k in x: x[k] = 1\nx[1] = 1\nfor k in x: x[k+1] = 1",
 "x = {1}\nfor k in x: x.add(k+1)", "x = [1]\nx.sort(key=lambda v: x.append(1))",
 "set().pop()", "{1}.remove(2)", "{1}.remove([])", "{1}.discard([])", "{1} | [1]", "{1} - [1]", "{1}.union(1)",
 "{1}.issubset(1)", "frozenset().add(1)", "{1}.add([])", "set([[]])", "{[]}", "{{}: 1}",
 "(1,)[5]", "(1,)[-5]", "(1,)['a']", "(1,)[1.5]", "[1][5]", "[1][-2]", "x = [1]\nx[5] = 1", "x = [1]\ndel x[5]",
 "'abc'[5]", "'abc'['a']", "b'abc'[5]", "bytearray(b'a')[5]", "range(3)[5]", "range(3)['a']", "x = bytearray(b'a')\nx[0] = 256",
 "x = bytearray(b'a')\nx[0] = 'a'", "'abc'.index('z')", "'abc'.rindex('z')", "'abc'.index(1)", "b'abc'.index(b'z')",
 "b'abc'.index('a')", "b'abc' + 'a'", "'a' + b'a'", "b'a'.join(['a'])", "b'a'.decode('ascii', 1)", "b'\\xff'.decode('ascii')",
 "b'\\xff'.decode('utf-8')", "'\\udc80'.encode('utf-8')", "'é'.encode('ascii')", "bytes.fromhex('zz')", "bytes.fromhex('a')",
 "b'a'.replace('a', 'b')", "b'a'.split('a')", "'a'.split('')", "b'a'.split(b'')", "'a'.rsplit('')", "'a'.partition('')",
 "'a'.center(5, 'ab')", "'a'.ljust('a')", "'a'.zfill('a')", "'a'.startswith(1)", "'a'.endswith([])", "'a'.strip(1)",
 "'a'.count()", "'a'.find()", "'a'.expandtabs('a')", "'{'.format(1)", "'}'.format(1)", "'{0'.format(1)", "'{a}'.format(1)",
 "'{1}'.format(1)", "'{}{0}'.format(1, 2)", "'{0}{}'.format(1, 2)", "'{0.x}'.format(1)", "'{0[1]}'.format([1])",
 "'{0[a]}'.format({})", "'{!x}'.format(1)", "'{:q}'.format(1)", "'{:d}'.format('a')", "'{:,s}'.format('a')",
 "'{:=s}'.format('a')", "'{:+s}'.format('a')", "'{:#s}'.format('a')", "'{:05s}'.format(1.5)", "'{:.3d}'.format(1)",
 "'{:c}'.format(-1)", "'{:c}'.format(1.5)", "'{:,d}'.format(1.5)", "'{:_x}'.format(1.5)", "'{:,_d}'.format(1)",
 "'{:_,d}'.format(1)", "format(1, '.2s')", "format(1.5, 'x')", "format('a', '.2f')",
 "format(1j, '=5')", "format(1j, '05')", "format([], 's')", "format(object(), 'x')", "f'{1:q}'", "f'{\"a\":d}'",
 "f'{1!r:q}'", "'%d' % 'a'", "'%d %d' % (1,)", "'%d' % (1, 2)", "'%q' % 1", "'%(a)s' % 1", "'%(a)s' % {}",
 "'%c' % 'ab'", "'%c' % -1", "'%c' % 1.5", "'%x' % 1.5", "'%' % 1", "'%s %' % (1,)", "'%.*f' % ('a', 1)",
 "'%*d' % (1.5, 1)", "b'%s' % 'a'", "b'%d' % b'a'", "b'%c' % 256", "'%i' % None", "'%(a)s %s' % {'a': 1}",
 "'%a' % ()", "'%s' % {}", "'%s %s' % {}", "'%o' % 'a'", "'%e' % 'a'",
 "[1, 2, 3][::0]", "'abc'[::0]", "(1,)[::0]", "range(3)[::0]", "b'a'[::0]", "x = [1, 2, 3]\nx[::2] = [1]",
 "x = [1, 2, 3]\nx[::2] = 5", "x = [1, 2, 3]\nx[1:2] = 5", "x = [1, 2, 3]\nx[::0] = []", "x = [1]\nx['a':] = []",
 "x = [1]\nx[1.5:]", "'abc'[1.5:]", "x = [1, 2, 3]\ndel x[::0]", "x = bytearray(b'abc')\nx[::2] = b'a'",
 "x = bytearray(b'abc')\nx[0:1] = 5", "x = bytearray(b'abc')\nx[0:1] = 'a'", "memoryview(b'a')[0] = 1",
 "a, b = [1, 2, 3]", "a, b = [1]", "a, b = 1", "a, b = None", "a, *b, c = [1]", "*a, b, c = [1]", "a, *b = 5",
 "(a, b), c = [1, 2]", "(a, b), c = [[1, 2, 3], 2]", "for a, b in [(1, 2, 3)]: pass", "for a, b in [1]: pass",
 "a, b = {1: 2}", "a, b = 'abc'", "a, b = iter([1])", "[a, b] = (1, 2, 3, 4, 5)", "a, *b, c, d = range(2)",
 "x = {}\nx[[1]] = 1", "del x", "x = 1\ndel x\ndel x", "x = []\ndel x[0]", "x = {}\ndel x['a']", "x = {}\ndel x[[1]]",
 "import sys\ndel sys.nope", "class A: pass\ndel A.nope", "class A: pass\ndel A().nope", "del (1).real",
 "x = (1, 2)\nx[0] = 5", "x = 'ab'\nx[0] = 'c'", "x = b'ab'\nx[0] = 1", "x = (1, 2)\ndel x[0]", "x = range(3)\nx[0] = 1",
 "x = frozenset()\nx[0] = 1", "x = 1\nx.real = 2", "x = 1\nx.foo = 2", "x = 'a'\nx.upper = 1", "x = []\nx.append = 1",
 "int.foo = 1", "str.upper = 1", "list.x = 1", "object.x = 1", "type.x = 1", "(1).__class__ = str",
 "x = []\nx.__class__ = dict", "del int.real", "del [].append", "None.x = 1", "len.x = 1", "print.__name__ = 1",
 "import math\nmath.pi.x = 1", "(lambda: 0).__name__ = 1", "(lambda: 0).__code__ = 1", "(lambda: 0).__defaults__ = 1",
 "(lambda: 0).__dict__ = 1", "object().__dict__", "del (lambda: 0).__name__",
]:
    t(s)
