import json
data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'ok': True, 'none': None, 'pi': 3.14159, 'big': 10**20, 'uni': 'é✓😀', 'nested': {'a': [1, {'b': 2}], 'e': [], 'f': {}}, 'tuple': (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps([1.0, float('inf'), -0.0, 1e100, 'a"b\\c\n\t\x01'], indent='\t'))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}), json.dumps('x'), json.dumps(None), json.dumps([]))
text = json.dumps(data)
back = json.loads(text)
print(back == {**data, 'tuple': [1, 2]}, back['uni'], type(back['big']).__name__)
print(json.loads('  {"a": [1, 2.5e3, -0.5, true, false, null], "b": "\\u00e9\\ud83d\\ude00\\n"}  '))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('"plain"'), json.loads('123'), json.loads('-1.5E-2'))
for bad in ['', '{', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{1: 2}', '"abc', '[1] x', 'tru', '"\\x"', '{"a":1 "b":2}', '\n\n  [\n  @]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, (e.lineno, e.colno, e.pos))
for bad in [{(1, 2): 3}, {'s': {1, 2}}, object()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=4), json.dumps(data['nested'], default=str))
class Custom:
    def __init__(self): self.x = 1
print(json.dumps(Custom(), default=lambda o: o.__dict__), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
