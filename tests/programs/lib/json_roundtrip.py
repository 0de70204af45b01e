# json: dumps with every option (indent as int and str, separators,
# sort_keys, skipkeys, ensure_ascii, allow_nan, default, cls), odd keys,
# circular references, and loads with hooks and malformed input.
import json
import math
from collections import OrderedDict
from enum import IntEnum


class Color(IntEnum):
    RED = 1


class Money(float):
    pass


value = {'name': 'caf\u00e9 \U0001f600 "q" \\ \n\t\x01', 'list': [1, 2.5, None, True, False, [], {}],
         'nested': {'b': [1, {'c': ()}], 'a': (1, 2)}, 3: 'int key', 2.5: 'float key', None: 'none key',
         True: 'bool key', 'big': 10 ** 30, 'neg': -0.0, 'tiny': 1e-300, 'color': Color.RED, 'money': Money(2.5)}
print(json.dumps(value))
print(json.dumps(value, ensure_ascii=False))
print(json.dumps(value, indent=2))
print(json.dumps(value, indent='\t', separators=(',', '= ')))
print(json.dumps(value, indent=0))
print(json.dumps([[], {}, [[]], {'x': {}}], indent=3))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True, separators=(',', ':')))
print(json.dumps({(1, 2): 'tuple key', 'ok': 1}, skipkeys=True))
print(json.dumps({(1, 2): 'only'}, skipkeys=True), json.dumps({(1, 2): 'only'}, skipkeys=True, indent=2))
print(json.dumps([float('nan'), float('inf'), -float('inf')]), json.dumps({float('inf'): 1}))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps('just a string'), json.dumps(5), json.dumps(None))
print(json.dumps({1: 'a', '1': 'b'}), json.dumps([1.0, 1e16, 123456789.123456789, 0.1 + 0.2]))


def to_json(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return {'re': o.real, 'im': o.imag}
    raise TypeError('cannot')


print(json.dumps({'s': {3, 1, 2}, 'c': 1 + 2j}, default=to_json))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, frozenset):
            return list(sorted(o))
        return super().default(o)


print(json.dumps([frozenset({2, 1})], cls=SetEncoder), SetEncoder(indent=1).encode({'k': frozenset()}))
print(''.join(json.JSONEncoder(sort_keys=True).iterencode({'b': [1], 'a': 'x'})))
e = json.JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator), repr(json.JSONEncoder().item_separator))
loop = []
loop.append(loop)
d = {}
d['self'] = d


class Node:
    pass


def node_default(o):
    return o.child


n = Node()
n.child = n
for bad in [lambda: json.dumps(loop), lambda: json.dumps(d), lambda: json.dumps(object()),
            lambda: json.dumps({(1,): 2}), lambda: json.dumps([math.nan], allow_nan=False),
            lambda: json.dumps({math.inf: 0}, allow_nan=False), lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True),
            lambda: json.dumps(n, default=node_default), lambda: json.dumps(b'bytes')]:
    try:
        print(bad())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
print(json.dumps(loop, check_circular=False) if False else 'skip')
text = json.dumps(value)
back = json.loads(text)
print(back)
print(json.loads('{"a": [1, 2.0, -3e2, "x\\u00e9\\ud83d\\ude00"], "b": {"c": null}}'))
print(json.loads('[1, 2]', parse_int=float), json.loads('[1.5]', parse_float=str), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda obj: sorted(obj.items())))
print(json.loads('  "\\t\\/\\b\\f"  '), json.loads(b'[1]'), json.loads(bytearray(b'{"k": true}')))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'), json.JSONDecoder().raw_decode('  {"a": 1}', 2))
for doc in ['', '[1,', '{"a" 1}', '{"a": 1,}', '[1, 2', 'nul', '"unterminated', '"bad \\x escape"', '[1] x',
            '{1: 2}', '"\\ud800"', '01', '-', '1.', '1e', '[01]', '\n\n  [1,\n  ]', '"ctrl \x01 char"', '{"a":1 "b":2}',
            '[1 2]', '"\\u12"', 'tru', '  ', '{"a"', '{', '[', '{"a":']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as err:
        print('JSONDecodeError', err, err.msg, err.pos, err.lineno, err.colno)
try:
    json.loads(5)
except TypeError as err:
    print('TypeError', err)
err = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(err, err.lineno, err.colno, err.__reduce__()[1], issubclass(json.JSONDecodeError, ValueError))
import io
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(buf.getvalue(), json.load(io.StringIO(buf.getvalue())))
for doc in ['"\\ud800\\uzzzz"', '"\\ud800\\u12"', '"ab\\u12', '"\\u0x12"', '"\\u 123"', '"\\u1_23"', '"\\u+123"',
            '"\\ud800\\u0041"', '["\\ud800"]', '"\\ud800\\udc00"', '"\\ud800\\', '"\\', '"\\q"']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as err:
        print('JSONDecodeError', err)
