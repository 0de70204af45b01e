d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(e)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(e)

d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)

d = {"a": 1, "b": 2}
for k in d:
    d[k] = 99
print(d)

lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)

lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
print(lst)

d = {1: "a", 2: "b"}
for k in list(d):
    if k == 1:
        del d[k]
print(d)

d = {"x": 1}
try:
    for k in d.keys():
        d.pop(k)
        d["y"] = 2
except RuntimeError as e:
    print(e)
print(d)
d = {"x": 1, "y": 2}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(e)
try:
    for item in d.items():
        pass
    d2 = {1: 1}
    for item in d2.items():
        d2[2] = 2
except RuntimeError as e:
    print(e)
