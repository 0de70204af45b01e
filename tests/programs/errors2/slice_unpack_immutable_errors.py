# slicing with step 0 and wrong-sized assignment, unpacking, del of missing names, immutable types and builtin attributes
def t(src):
    try:
        exec(src, {})
    except BaseException as e:
        print(f'{src!r}: {type(e).__name__}: {e} {e.args!r}')
    else:
        print(f'{src!r}: ok')

for s in [
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
