def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
def g():
    del y
try:
    g()
except UnboundLocalError as e:
    print(e)
try:
    print(undefined_name)
except NameError as e:
    print(e, e.name)
def outer():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 1
outer()
class A:
    def m(self):
        return __class__
print(A().m())
print(int('١٢٣'), float('١.٥'), int('٣', 10), '١٢'.isdigit())
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4000)))
a = [1, 2]
a.append(a)
print(a, repr(a))
d = {}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class B:
    def __bool__(self):
        return 1
try:
    bool(B())
except TypeError as e:
    print(e)
class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print(e)
class L2:
    def __len__(self):
        return 'x'
try:
    len(L2())
except TypeError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print(pow(-8, 1/3), (-8) ** 0.5, 2 ** 0.5)
try:
    format(object(), 'x')
except TypeError as e:
    print(e)
print(format(object(), '')[:8])
print(round(2.5), round(-0.5), round(1e20), round(0.125, 2), round(12.5, -1), type(round(2.5, 0)))
print(divmod(-7, -2), -7 // 2.0, 7 % -2.5)
print([1, 2, 3][-1:-4:-1], 'abcdef'[::-2], list(range(10))[8:2:-3])
x = [1, 2, 3, 4]
try:
    x[::2] = [1]
except ValueError as e:
    print(e)
x[1:3] = 'ab'
print(x)
del x[::-2]
print(x)
