# unittest: buffer=True, failfast, TestSuite and TestLoader, argv names and -k, a bad option; subtests skipped and under expectedFailure; FunctionTestCase, the callable forms of assertRaises/assertWarns, chained errors, IsolatedAsyncioTestCase, the deprecated loader functions
import unittest, sys, asyncio, warnings
class A(unittest.TestCase):
    def test_a(self): print("out"); print("err", file=sys.stderr); self.fail("x")
    def test_b(self): print("quiet")
    def test_c(self): pass
r = unittest.TextTestRunner(buffer=True, verbosity=2, stream=sys.stdout)
import time; time.perf_counter = lambda: 0.0
res = r.run(unittest.TestLoader().loadTestsFromTestCase(A))
print(res)
print(unittest.TestSuite([A('test_a')]), A('test_a') == A('test_a'))
r = unittest.TextTestRunner(failfast=True, stream=sys.stdout)
res = r.run(unittest.TestLoader().loadTestsFromTestCase(A))
unittest.main(argv=['p', 'Nope', 'A.test_zz', 'A.test_c'], exit=False)
unittest.main(argv=['p', '-k', 'b'], exit=False)
class B(unittest.TestCase):
    def test_s(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1: self.skipTest("one")
    @unittest.expectedFailure
    def test_x(self):
        for i in range(3):
            with self.subTest(i=i):
                print("sub", i)
                self.assertEqual(i, 5)
    def test_nomsg(self):
        with self.subTest():
            self.fail()
unittest.main(defaultTest="B", verbosity=2, exit=False)
unittest.main(defaultTest=["B.test_s", "B.test_x"], exit=False)
class AsyncT(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.q = asyncio.Queue(); await self.q.put(1); print("asyncSetUp")
    def setUp(self): print("setUp")
    async def test_get(self):
        self.addAsyncCleanup(self.bye, "x")
        self.assertEqual(await self.q.get(), 1)
    async def test_fail(self):
        self.assertEqual(self.q.get_nowait(), 2)
    async def bye(self, what): print("async cleanup", what)
    async def asyncTearDown(self): print("asyncTearDown")
    def tearDown(self): print("tearDown")
class Calls(unittest.TestCase):
    def test_callable_forms(self):
        self.assertRaises(ValueError, int, "x")
        self.assertWarns(UserWarning, warnings.warn, "w")
        self.assertRaises(ValueError, int, "5")
    def test_warns_callable(self):
        self.assertWarns(UserWarning, len, "w")
    def test_tuple(self):
        with self.assertRaises((KeyError, IndexError)) as cm:
            [][1]
        print(type(cm.exception).__name__, cm.exception.__traceback__)
        with self.assertRaises((KeyError, IndexError)):
            pass
    def test_cause(self):
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e
def plain():
    "A plain function."
    assert 1 == 2, "plain failed"
suite = unittest.TestSuite()
suite.addTest(unittest.FunctionTestCase(plain))
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Calls))
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(AsyncT))
print(suite.countTestCases())
import time; time.perf_counter = lambda: 0.0
r = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
print(r.wasSuccessful(), len(r.errors), len(r.failures))
print(unittest.makeSuite(Calls).countTestCases())
print(unittest.getTestCaseNames(Calls, "test_c"))
unittest.main(argv=["p", "-z"], exit=False)
