class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
class Weird(Exception):
    def __str__(self):
        return 'weird!'
try:
    raise NotFound('missing thing', 404)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
try:
    raise Weird()
except Weird as e:
    print(str(e), repr(e))
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr(1)), str(WithRepr(1, 2)))
class E2(ValueError):
    pass
try:
    int('x')
except E2:
    print('no')
except ValueError as e:
    print('yes', e)
try:
    raise E2
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
e = ValueError('v')
e.extra = 1
print(e.extra, e.__class__.__name__, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError('x') from None
except ValueError as ex:
    print(ex.__cause__, ex.__suppress_context__)
