# warnings: each action over repeated warnings from two lines (default, module, once, always), catch_warnings resetting what default has shown, resetwarnings, a showwarning of the program's and a deleted one, a formatwarning of the program's
import warnings, sys
def f(msg="w", cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)
for i in range(2):
    f()
    f("other")
f()
for action in ("module", "once", "always", "default"):
    warnings.simplefilter(action)
    for i in range(2):
        f("a " + action); f("a " + action)
with warnings.catch_warnings():
    f("a default")
f("a default")
warnings.resetwarnings()
f("after reset")
warnings.simplefilter("default")
warnings.showwarning = lambda *a, **k: print("custom show:", a[0], a[1].__name__, a[3])
f("to custom")
del warnings.showwarning
try:
    f("x")
except Exception as e:
    print(type(e).__name__, e)
import warnings as w2
w2.showwarning = w2._showwarning_orig if hasattr(w2, "_showwarning_orig") else None
warnings.formatwarning = lambda m, c, fn, ln, line=None: "FORMATTED %s %s\n" % (m, c.__name__)
f("formatted")
print(warnings.filters[:2])
print(warnings.defaultaction, type(warnings.filters))
