# an AttributeError raised by a property gets the name looked up: the traceback suggests a close one
class A:
    @property
    def p(self): raise AttributeError('inner')
    @property
    def pp(self): raise AttributeError('inner')
A().p
