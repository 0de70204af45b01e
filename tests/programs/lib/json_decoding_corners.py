# json: decoding corners (numbers, constants, BOM, duplicates, hooks, strict) and encoding of special floats, big ints and separators.
import json
for doc in ['1E400', '-0', '-0.0', '12345678901234567890123', '1.0e-400', '[1e5, 1E+5, 1e-5]', '"\\u00e9"', '{"a": {"b": [true, false, null]}}',
            '  [ ]  ', '{ }', '"x\ty"', '[1,]', '[,1]', '{"a":1,}', '-', '--1', '+1', '.5', '5.', '0x1', 'Infinity', '-Infinity', 'NaN', '-NaN',
            '"\\ud83d\\ude00"', '[1.5e+2, -2.5E-2, 0e0]', '{"dup": 1, "dup": [2]}', '\ufeff[1]', '[1] [2]', '"abc', '{"a"}', '[true false]', 'true', 'null ', '\n']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
print(json.loads('"x\ty"', strict=False), json.loads('{"a": 1}', object_hook=dict.items, object_pairs_hook=len))
print(json.loads('[1, 2.5]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s), json.loads('[NaN]', parse_constant=str))
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1}xyz'), d.decode('  [3]  '))
try:
    d.raw_decode('  [3]')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
print(json.dumps(1e400), json.dumps(-0.0), json.dumps(12345678901234567890123), json.dumps([1e22, 1e-7, 123.0]))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=None, separators=(',', ':')), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps('\u2028\u2029\x7f\x80', ensure_ascii=True), json.dumps('\u2028\x7f', ensure_ascii=False))
