# __missing__ of a dict subclass raising LookupError
class M(dict):
    def __missing__(self, key):
        raise LookupError(f'no {key}')
m = M(a=1)
print(m['a'])
m['zz']
