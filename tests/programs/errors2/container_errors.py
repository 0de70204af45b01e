# container methods and string formatting errors: list, dict, set, tuple, str, bytes, format specs and %-format
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
]:
    t(s)
