# warnings: warn with categories and stacklevel, the default filters, simplefilter/filterwarnings, catch_warnings(record=True), "error"
import warnings
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old()
warnings.warn("plain warning")
for i in range(3):
    warnings.warn("in loop")
class MyWarning(UserWarning): pass
warnings.warn("custom", MyWarning)
warnings.warn(MyWarning("instance"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", RuntimeWarning)
    print(len(w), [str(x.message) for x in w], w[1].category.__name__, w[0].lineno)
warnings.warn("after catch")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me")
warnings.warn("show me")
warnings.resetwarnings()
warnings.warn("pending", PendingDeprecationWarning)
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "x = 1"))
def lib():
    warnings.warn("from lib", stacklevel=2)
lib()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print("done")
