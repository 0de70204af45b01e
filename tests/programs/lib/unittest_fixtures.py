# unittest: module and class fixtures, class cleanups, expected failures and unexpected successes, subtests (with a message), a skipped class, a failing setUpClass; at verbosity 2, 1 and 0
import unittest, sys
def setUpModule(): print("setUpModule")
def tearDownModule(): print("tearDownModule")
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls): cls.addClassCleanup(print, "class cleanup")
    @unittest.expectedFailure
    def test_x(self): self.fail("no")
    @unittest.expectedFailure
    def test_u(self): pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i, k=i):
                if i == 1: raise KeyError(i)
                self.assertNotEqual(i, 2)
    def test_cleanup(self):
        self.addCleanup(lambda: 1/0)
        print("body")
@unittest.skip("whole class")
class B(unittest.TestCase):
    def test_1(self): pass
class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise RuntimeError("cls setup")
    def test_1(self): pass
import time; time.perf_counter = lambda: 0.0
for verbosity in (2, 1, 0):
    unittest.main(verbosity=verbosity, argv=["p"], exit=False)
