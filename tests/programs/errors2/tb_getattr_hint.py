# an AttributeError raised by __getattr__ gets the name: the traceback suggests a close method
class A:
    def __getattr__(self, n): raise AttributeError(n)
    def foo(self): pass
A().fooo
