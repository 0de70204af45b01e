from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print('swallowed KeyError')
with swallow():
    {}['x']
print('after swallow')
with suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
class Res:
    def close(self): print('closed')
with closing(Res()) as r:
    print('using', type(r).__name__)
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for n in ['x', 'y']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback ran')
    print('body')
import io
@tag('deco')
def decorated():
    print('in decorated')
decorated()
buf = io.StringIO()
print('hello', 42, file=buf)
buf.write('more\n')
print(repr(buf.getvalue()))
with redirect_stdout(io.StringIO()) as f:
    print('captured line')
print('got:', repr(f.getvalue()))
s = io.StringIO('a\nb\nc')
print(s.readline(), s.read(), list(io.StringIO('x\ny\n')), s.tell())
b = io.BytesIO(b'abc'); b.seek(0, 2); b.write(b'def'); print(b.getvalue())
