# unittest.main() on a passing test case
import unittest
class T(unittest.TestCase):
    def test_one(self): self.assertEqual(sum([1, 2]), 3)
    def test_two(self): self.assertIn("a", "abc")
import time; time.perf_counter = lambda: 0.0   # (the run time pinned)
unittest.main()
