names = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError, NameError, UnboundLocalError, RecursionError, StopIteration, FileNotFoundError, ModuleNotFoundError, OverflowError, AssertionError, NotImplementedError, KeyboardInterrupt, SystemExit, UnicodeDecodeError, GeneratorExit]
for e in names:
    print(e.__name__, [c.__name__ for c in e.__mro__])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, Exception))
try:
    {}['x']
except LookupError as e:
    print('caught by base', type(e).__name__, repr(e))
try:
    raise ValueError('a', 2)
except Exception as e:
    print(e.args, str(e), repr(e))
print(repr(Exception()), str(Exception()), repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
e = OSError(2, 'No such file')
print(e.errno, e.strerror, str(e), type(e).__name__)
