# An exception raised by a descriptor's __set_name__ while a class is made
# is wrapped, as in Python 3.11, in a RuntimeError naming the descriptor's
# type, the attribute and the class; the original is its __cause__.


class Refuses:
    def __init__(self, exc):
        self.exc = exc

    def __set_name__(self, owner, name):
        raise self.exc


class Records:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)


def show(make):
    try:
        make()
    except RuntimeError as e:
        cause = e.__cause__
        print('RuntimeError:', e)
        print('  cause:', type(cause).__name__, cause)
        print('  context is cause:', e.__context__ is cause, 'suppressed:', e.__suppress_context__)
    else:
        print('no error')


def plain():
    class Owner:
        ok = Records()
        attr = Refuses(ValueError('bad name'))


def via_type():
    return type('Made', (), {'k': Refuses(KeyError('k'))})


def runtime_inside():
    class Inner:
        x = Refuses(RuntimeError('already runtime'))


class WrongSignature:
    def __set_name__(self):
        pass


def wrong_signature():
    class Owner2:
        field = WrongSignature()


class NotCallable:
    __set_name__ = 42


def not_callable():
    class Owner3:
        field = NotCallable()


def odd_name():
    return type('Odd', (), {'with space': Refuses(TypeError("it's odd"))})


for case in [plain, via_type, runtime_inside, wrong_signature, not_callable, odd_name]:
    show(case)

# the ones set before the failure have been called
rec = Records()
try:
    class Partial:
        first = rec
        second = Refuses(ArithmeticError('late'))
except RuntimeError:
    print('first recorded:', rec.where)


class Meta(type):
    pass


try:
    class WithMeta(metaclass=Meta):
        m = Refuses(LookupError('in a metaclass'))
except RuntimeError as e:
    print(e)

# uncaught: the traceback shows both exceptions
class Last:
    final = Refuses(ZeroDivisionError('at the end'))
