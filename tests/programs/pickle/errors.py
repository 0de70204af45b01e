# pickle: the errors (unpicklable objects, truncated and malformed data, bad protocols) and Pickler/Unpickler with persistent ids and files
import io
import pickle


def attempt(label, action):
    try:
        result = action()
    except Exception as error:
        text = str(error)
        while ' at 0x' in text:        # no addresses: they change every run
            start = text.index(' at 0x')
            text = text[:start] + text[text.index('>', start):]
        print(label, '->', type(error).__name__ + ':', text)
    else:
        print(label, '->', result)


def outer():
    def inner():
        pass
    return inner


anonymous = lambda: 0
attempt('lambda', lambda: pickle.dumps(anonymous))
attempt('lambda in a list', lambda: pickle.dumps([1, anonymous], 2))
attempt('local function', lambda: pickle.dumps(outer()))
attempt('generator', lambda: pickle.dumps((x for x in [])))
attempt('module', lambda: pickle.dumps(pickle))
attempt('protocol 6', lambda: pickle.dumps(1, 6))
attempt('empty', lambda: pickle.loads(b''))
attempt('str data', lambda: pickle.loads('abc'))
attempt('truncated', lambda: pickle.loads(pickle.dumps([1, 2, 3], 2)[:-3]))
attempt('truncated frame', lambda: pickle.loads(pickle.dumps([1, 2, 3], 4)[:-3]))
attempt('bad key', lambda: pickle.loads(b'\xff'))
attempt('protocol 9 data', lambda: pickle.loads(b'\x80\x09N.'))
attempt('no persistent_load', lambda: pickle.loads(b'\x80\x02K\x01Q.'))
attempt('hierarchy', lambda: (issubclass(pickle.PicklingError, pickle.PickleError),
                              issubclass(pickle.UnpicklingError, pickle.PickleError),
                              issubclass(pickle.PickleError, Exception)))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)


class Bad:
    def __reduce__(self):
        return 42


attempt('reduce returns int', lambda: pickle.dumps(Bad()))


# persistent ids: objects kept outside the pickle, named by an id
class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'Record:' + obj.key if isinstance(obj, Record) else None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid.split(':')
        return f'loaded {kind} {key}'


for protocol in range(6):
    out = io.BytesIO()
    DBPickler(out, protocol).dump([Record('a'), 5, Record('b')])
    print(protocol, out.getvalue())
    print(DBUnpickler(io.BytesIO(out.getvalue())).load())

# several pickles in one file, read one after another
out = io.BytesIO()
pickle.dump({'a': 1}, out)
pickle.dump([2, 3], out, protocol=0)
pickle.dump('end', out, protocol=5)
source = io.BytesIO(out.getvalue())
print(pickle.load(source), pickle.load(source), pickle.load(source))
attempt('past the end', lambda: pickle.load(source))
