# unittest: suites drop the tests they ran (None in their place, the count kept) unless _cleanup is off; addTest's checks; suites compared; TestLoader on names, prefixes and sort orders; debug() letting exceptions through
import unittest, sys
class A(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass
class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise ValueError
    def test_c(self): pass
import time; time.perf_counter = lambda: 0.0
prog = unittest.main(exit=False, verbosity=0)
print(prog.test, prog.test.countTestCases())
s = unittest.BaseTestSuite([A("test_a"), unittest.TestSuite([A("test_b")])])
s.run(unittest.TestResult()); print(s, s.countTestCases())
s = unittest.TestSuite([A("test_a")]); s._cleanup = False; s.run(unittest.TestResult()); print(s)
for bad in (3, A, "test_a"):
    try:
        unittest.TestSuite().addTest(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    unittest.TestSuite("abc")
except TypeError as e:
    print("TypeError:", e)
print(unittest.TestSuite([A("test_a")]) == unittest.TestSuite([A("test_a")]), unittest.TestSuite() == [])
loader = unittest.TestLoader()
loader.testMethodPrefix = "test_b"
print(loader.getTestCaseNames(A), loader.loadTestsFromName("A", sys.modules["__main__"]))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(loader.getTestCaseNames(A))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(A), loader.loadTestsFromNames(["A.test_a", "B"], sys.modules["__main__"]))
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)
class D(unittest.TestCase):
    def test_x(self): raise KeyError("debugged")
try:
    unittest.TestSuite([D("test_x")]).debug()
except KeyError as e:
    print("debug raised", repr(e))
try:
    A("test_nope")
except ValueError as e:
    print("ValueError:", e)
print(A("test_a").countTestCases(), A("test_a").id(), A("test_a").shortDescription(), hash(A("test_a")) == hash(A("test_a")))
