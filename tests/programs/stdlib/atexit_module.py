# atexit: functions run at exit, last registered first; an error in one is reported
import atexit, sys
def bye(name, punct="!"): print("bye", name + punct)
atexit.register(bye, "world")
@atexit.register
def first(): print("first registered, runs last")
class Boom:
    def __call__(self): raise ValueError("boom in atexit")
    def __repr__(self): return "<Boom>"
atexit.register(Boom())
atexit.register(print, "unregistered")
atexit.unregister(print)
print("main done")
sys.exit(2)
