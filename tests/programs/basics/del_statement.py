x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
lst = [1, 2, 3, 4, 5]
del lst[0]
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, 'attr'))
a, b = 1, 2
del a, b
print('done')
