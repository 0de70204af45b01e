# unittest: failures, errors, skips, expected failures, and the messages and diffs of the assert methods (the run time pinned to 0.000s)
import unittest
class TestMath(unittest.TestCase):
    def setUp(self): self.x = 2
    def test_add(self): self.assertEqual(self.x + 2, 4)
    def test_fail(self): self.assertEqual(self.x, 3)
    def test_list(self): self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_error(self): raise ValueError("boom")
    @unittest.skip("not now")
    def test_skip(self): pass
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError): 1 / 0
    def test_true(self): self.assertTrue(0, "custom message")
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 2)
    def test_in(self): self.assertIn(4, [1, 2])
    def test_dict(self): self.assertEqual({"a": 1}, {"a": 2})
    def test_str(self): self.assertEqual("hello\nworld\n", "hello\nWorld\n")
if __name__ == "__main__":
    import time; time.perf_counter = lambda: 0.0
    unittest.main()
