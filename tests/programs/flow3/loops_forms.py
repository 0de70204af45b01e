for i in range(3):
    pass
else:
    print("for else ran, i =", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("no")
for x in []:
    print("never")
else:
    print("empty for else")
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v, end="; ")
print()
for i in range(2):
    for j in range(3):
        if j == 1:
            continue
        if i == 1:
            break
        print(i, j)
    else:
        print("inner completed", i)
total = 0
for i in range(10, 0, -3):
    total += i
print(total)
d = {"a": 1}
x = [1, 2]
for x[0] in range(3):
    pass
print(x)
class O: pass
o = O()
for o.attr in "xy":
    pass
print(o.attr)
try:
    for a, b in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in [5]:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for k in s:
        s.add(10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
while (n := n + 1) < 3:
    print("walrus", n)
