class Plain: pass
p = Plain()
print(repr(p).startswith('<__main__.Plain object at 0x'), str(Plain) , repr(Plain), Plain.__name__)
class R:
    def __repr__(self): return 'R()'
print(R(), str(R()), [R()], f'{R()}', '%s %r' % (R(), R()))
class S:
    def __str__(self): return 'S-str'
print(S(), [S()][0].__str__(), str([S()]).startswith('[<__main__.S object'))
print(int, str, type, object, type(None), type(print), repr(len), type(len).__name__, type([].append).__name__)
print(repr(print), type(lambda: 0).__name__, (lambda: 0).__name__)
def f(): pass
print(repr(f).startswith('<function f at 0x'), f.__qualname__)
class K:
    def m(self): pass
print(repr(K.m).startswith('<function K.m at'), repr(K().m).startswith('<bound method K.m of <__main__.K object'))
