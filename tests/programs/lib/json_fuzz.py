# json: random values (special floats, control characters, non-ASCII, odd keys) dumped with random options and loaded back, and the messages for out-of-range floats from dumps, dump, encode and iterencode; compared with python3.
import json
import random
import sys
random.seed(3)
def value(depth=0):
    k = random.random()
    if depth > 3 or k < 0.4:
        return random.choice([0, -1, 10 ** 20, 1.5, -0.0, 1e300, 2.5e-8, float('inf'), float('nan'), True, False, None, '', 'plain',
                              'quote " back \\ slash', 'tab\tnew\nline', '\x00\x1f\x7f', 'é ü 中文 😀', '\ud800', '</script>'])
    if k < 0.6:
        return [value(depth + 1) for _ in range(random.randint(0, 5))]
    if k < 0.7:
        return tuple(value(depth + 1) for _ in range(random.randint(0, 3)))
    keys = [random.choice(['a', 'b', 'key', 'é', '']) + str(i) for i in range(random.randint(0, 5))]
    if random.random() < 0.2:
        keys = [random.choice([1, 2.5, True, None, 'x']) for _ in range(random.randint(0, 4))]
    return {k: value(depth + 1) for k in keys}
for trial in range(200):
    v = value()
    options = dict(indent=random.choice([None, 0, 2, '\t', '   ']), sort_keys=random.random() < 0.3, ensure_ascii=random.random() < 0.6,
                   separators=random.choice([None, (',', ':'), (' ,', ' : ')]), allow_nan=random.random() < 0.9)
    try:
        text = json.dumps(v, **options)
    except (ValueError, TypeError) as e:
        print(trial, type(e).__name__, e)
        continue
    print(trial, ascii(text))
    back = json.loads(text)
    print(json.dumps(back, sort_keys=False) == json.dumps(json.loads(json.dumps(v)), sort_keys=False))
import io
for ind in [None, 2]:
    for v in [float('inf'), [float('-inf')], {'k': float('nan')}, {float('nan'): 1}]:
        for how in ['dumps', 'dump', 'encode', 'iterencode']:
            try:
                if how == 'dumps':
                    json.dumps(v, allow_nan=False, indent=ind)
                elif how == 'dump':
                    json.dump(v, io.StringIO(), allow_nan=False, indent=ind)
                elif how == 'encode':
                    json.JSONEncoder(allow_nan=False, indent=ind).encode(v)
                else:
                    list(json.JSONEncoder(allow_nan=False, indent=ind).iterencode(v))
            except ValueError as e:
                print(ind, how, e)
buf = io.StringIO()
json.dump({'a': [1, 2]}, buf, indent=1, sort_keys=True)
print(buf.getvalue())
