# match's sequence and mapping patterns follow the type flags CPython keeps: set by collections.abc (and inherited from the primary base only), by register() (recursively, unless a flag is there), and on deque, array, UserList, UserDict and friends
import collections, collections.abc as abc, array

def kind(x):
    match x:
        case {}:
            return 'mapping'
        case [*_]:
            return 'sequence'
        case _:
            return 'other'

class Plain:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError(i)
    def __iter__(self): return iter(())
class Seq(abc.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
class Map(abc.Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __iter__(self): return iter(())
    def __len__(self): return 0
class PlainFirst(Plain, abc.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class SeqSub(Seq): pass
class Registered(Plain): pass
class RegisteredChild(Registered): pass
abc.Sequence.register(Registered)
class LaterChild(Registered): pass
class Both(Plain): pass
abc.Sequence.register(Both)
abc.Mapping.register(Both)
class MapThenSeq(Map, abc.Sequence):
    def __getitem__(self, i): raise IndexError
class ListSub(list): pass
class DictSub(dict): pass
class MyMeta(type): pass

for value in [Plain(), Seq(), Map(), PlainFirst(), SeqSub(), Registered(), RegisteredChild(), LaterChild(),
              Both(), MapThenSeq(), ListSub(), DictSub(), collections.deque(), array.array('i'),
              collections.UserList(), collections.UserDict(), collections.OrderedDict(),
              collections.ChainMap(), collections.Counter(), collections.defaultdict(int),
              range(0), memoryview(b''), 'str', b'bytes', bytearray(), (), [], {}, {1}, type.__dict__,
              {}.keys(), collections.UserString('s')]:
    print(type(value).__name__, kind(value))

# registered with both: the later registration wins, whichever pattern comes first
class SeqThenMap(Plain): pass
abc.Sequence.register(SeqThenMap)
abc.Mapping.register(SeqThenMap)
class MapThenSeqRegistered(Plain): pass
abc.Mapping.register(MapThenSeqRegistered)
abc.Sequence.register(MapThenSeqRegistered)
class StrRegistered(str): pass
abc.Sequence.register(StrRegistered)
for value in [SeqThenMap(), MapThenSeqRegistered(), StrRegistered('ab'), Registered()]:
    match value:
        case [*items]:
            print(type(value).__name__, 'sequence', items)
        case {}:
            print(type(value).__name__, 'mapping')
        case _:
            print(type(value).__name__, 'other')
