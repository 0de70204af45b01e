# unittest: the deprecated assertDictContainsSubset (missing keys, mismatched values, both, the user's message)
import unittest, warnings
warnings.simplefilter("ignore")
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
for subset, d in (({"a": 1}, {"a": 1, "b": 2}), ({"a": 1, "c": 3}, {"a": 2}), ({"x": 1, "y": 2}, {}), ({"a": [1]}, {"a": [2]})):
    try:
        t.assertDictContainsSubset(subset, d); print("ok")
    except AssertionError as e:
        print(e)
try:
    t.assertDictContainsSubset({"q": 1}, {}, "extra")
except AssertionError as e:
    print(e)
