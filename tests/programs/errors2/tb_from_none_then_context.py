# raise from None suppresses the KeyError; the next handler's raise shows the ValueError as context
def inner():
    raise KeyError('k')
def middle():
    try:
        inner()
    except KeyError:
        raise ValueError('middle') from None
def outer():
    try:
        middle()
    except ValueError as e:
        raise TypeError('outer')
outer()
