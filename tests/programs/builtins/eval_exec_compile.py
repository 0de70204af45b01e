x = 10
print(eval('x + 1'), eval('  [i * 2 for i in range(3)]'), eval('x', {'x': 5}), eval('y', {}, {'y': 7}))
exec('z = x * 3')
print(z)
g = {}
exec('def f(a):\n    return a + 1\nres = f(41)', g)
print(g['res'], sorted(k for k in g if k != '__builtins__'))
def func():
    local = 5
    return eval('local * 2')
print(func())
code = compile('1 + 2', '<calc>', 'eval')
print(type(code).__name__, eval(code))
c2 = compile('for i in range(2): print("loop", i)', 'file.py', 'exec')
exec(c2)
for src in ['1 +', 'x = ', '  x']:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
try:
    eval('x = 1')
except SyntaxError as e:
    print('eval assign:', e.msg)
try:
    eval('1/0')
except ZeroDivisionError as e:
    print('ZDE', e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    compile('1', 'f', 'bad')
except ValueError as e:
    print(e)
ns = {'a': 1}
exec('a += 1\nb = a * 10', ns)
print(ns['a'], ns['b'])
print(eval('__name__'), eval('len("abc")'), eval(b'2 ** 10'))
for i in range(3):
    print(eval('i * i'), end=' ')
print()
exec('print("in exec", __name__)')
eval('undefined_name + 1')
