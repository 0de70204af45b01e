# unittest -v: setUpClass/tearDownClass, docstrings, assertRaises(Regex), subTest, assertAlmostEqual/CountEqual/SetEqual messages, shortened reprs
import unittest
class Account:
    def __init__(self, balance=0): self.balance = balance
    def withdraw(self, n):
        if n > self.balance: raise ValueError("insufficient funds")
        self.balance -= n
class TestAccount(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass")
    @classmethod
    def tearDownClass(cls): print("tearDownClass")
    def setUp(self): self.acct = Account(100)
    def tearDown(self): print("tearDown", self._testMethodName)
    def test_withdraw(self):
        """Withdrawing reduces the balance."""
        self.acct.withdraw(30)
        self.assertEqual(self.acct.balance, 70)
    def test_overdraw(self):
        with self.assertRaises(ValueError) as cm:
            self.acct.withdraw(500)
        self.assertEqual(str(cm.exception), "insufficient funds")
        self.assertRaisesRegex(ValueError, "insufficient", self.acct.withdraw, 1000)
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 3)
    def test_misc(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertIsNone(None); self.assertIsInstance(1, int); self.assertRegex("abc", "b")
        self.assertDictEqual({"a": 1}, {"a": 1}); self.assertSetEqual({1}, {1})
        self.assertGreaterEqual(2, 2); self.assertNotIn(3, [1])
    def test_almost_fail(self): self.assertAlmostEqual(1.0, 1.1, places=3)
    def test_count_fail(self): self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_set_fail(self): self.assertSetEqual({1, 2}, {2, 3})
    def test_long_fail(self): self.assertEqual("x" * 100, "x" * 99 + "y")
class TestOther(unittest.TestCase):
    def test_a(self): self.assertTrue(True)
    @unittest.skipIf(True, "always")
    def test_b(self): pass
if __name__ == "__main__":
    import time; time.perf_counter = lambda: 0.0
    unittest.main(verbosity=2)
