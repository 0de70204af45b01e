# json: deeply nested documents and values: decoded and encoded up to the recursion limit, then the RecursionError messages of CPython's C scanner and encoder, at the same depths.
import json
for depth in [50, 200, 400, 900, 990, 2000, 100000]:
    text = '[' * depth + ']' * depth
    try:
        v = json.loads(text)
        print(depth, 'loads ok')
    except RecursionError as e:
        print(depth, 'loads RecursionError', e)
    v = []
    for _ in range(depth):
        v = [v]
    try:
        print(depth, 'dumps', len(json.dumps(v)))
    except RecursionError as e:
        print(depth, 'dumps RecursionError', e)
def ok_loads(d):
    try: json.loads('['*d + ']'*d); return True
    except RecursionError as e: return str(e)
def ok_loads_obj(d):
    try: json.loads('{"a":'*d + '1' + '}'*d); return True
    except RecursionError as e: return str(e)
def ok_dumps(d):
    v = []
    for _ in range(d): v = [v]
    try: json.dumps(v); return True
    except RecursionError as e: return str(e)
print([ok_loads(d) for d in (992, 993, 994)], [ok_loads_obj(d) for d in (992, 993, 994)], [ok_dumps(d) for d in (991, 992, 993)])
def nest(n, f, d):
    return f(d) if n == 0 else nest(n - 1, f, d)
print([nest(100, ok_loads, d) for d in (890, 891, 892, 893)], [nest(100, ok_dumps, d) for d in (890, 891, 892, 893)])
