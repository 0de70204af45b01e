# unittest: setUpModule raising SkipTest, module and class cleanups, a failing setUpClass with a failing class cleanup, a failing tearDownModule
import unittest, sys
def setUpModule():
    unittest.addModuleCleanup(print, "module cleanup")
    raise unittest.SkipTest("no module today")
class A(unittest.TestCase):
    def test_a(self): pass
class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: 1/0)
        raise ValueError("cls")
    @classmethod
    def tearDownClass(cls): print("never")
    def test_b(self): pass
import time; time.perf_counter = lambda: 0.0
unittest.main(verbosity=2, exit=False)
del setUpModule
def tearDownModule(): raise KeyError("tdm")
unittest.main(verbosity=2, exit=False)
