# __exit__ raising while the with-body's KeyError is handled: 'During handling of the above exception'
class Res:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise ValueError('cleanup failed')
with Res():
    {}['key']
