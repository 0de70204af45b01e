class Obj:
    cls_attr = 'class'
o = Obj()
setattr(o, 'dyn', 1)
print(getattr(o, 'dyn'), getattr(o, 'cls_attr'), getattr(o, 'nope', None), hasattr(o, 'nope'))
delattr(o, 'dyn')
print(hasattr(o, 'dyn'))
try:
    getattr(o, 'nope')
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
print(sorted(k for k in dir(o) if not k.startswith('__')))
print('append' in dir([]), len(dir(int)) > 50)
