# throwing into a never-started generator: its frame joins the traceback, StopIteration becomes RuntimeError (chained)
def g():
    yield 1
try:
    g().throw(StopIteration)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
it = g()
it.throw(StopIteration('s'))
