# type() and object.__init__ argument errors, and type.__new__ called directly
class C: pass
class M(type): pass
for s in ['object.__init__(C(), 1)','C().__init__(1)','C.__init__(C(), x=1)','object.__init__(1,2)','type.__new__(type, 1)','type.__new__(type, 1, 2)','type.__new__(type,"a",(),{},1)', 'type.__new__()', 'type.__new__(1)','type("a",(),{},1)','type()', 'type(1, x=2)', 'M(1)', 'M()', 'type.__new__(M, 1)', 'M("a", (), {}).__name__', 'type.__init__(C, 1, 2)', 'C(1)', 'int.__init__(1, 2, 3)']:
  try: print(eval(s))
  except Exception as e: print(s, repr(e))
