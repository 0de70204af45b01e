# unittest: the messages of the assert methods (shortened reprs, diffs, maxDiff, longMessage, delta, regexes, unhashable counts), assertWarns, DeprecationWarning shown under unittest.main()
import unittest, warnings, sys
class A(unittest.TestCase):
    def test_warn(self):
        with self.assertWarns(UserWarning) as cm:
            warnings.warn("hey")
        print(cm.warning, cm.filename.endswith("p2.py"), cm.lineno)
        with self.assertWarnsRegex(UserWarning, "he+y"):
            warnings.warn("heeey")
    def test_warn_fail(self):
        with self.assertWarns(DeprecationWarning):
            pass
    def test_raises_fail(self):
        with self.assertRaises(ValueError, msg="mm"):
            pass
    def test_raises_regex_fail(self):
        with self.assertRaisesRegex(ValueError, "abc"):
            raise ValueError("xyz")
    def test_dep(self):
        warnings.warn("old", DeprecationWarning)
    def test_seq(self):
        self.assertSequenceEqual([1, 2], (1, 2, 3))
    def test_tuple(self):
        self.assertTupleEqual((1, 2, 3), (1, 2))
    def test_notalmost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)
    def test_delta(self):
        self.assertAlmostEqual(1, 2, delta=0.5)
    def test_long_list(self):
        self.assertEqual(list(range(100)), list(range(99)) + [7])
    def test_is(self):
        self.assertIs([], None)
    def test_isnot(self):
        self.assertIsNot(None, None)
    def test_notregex(self):
        self.assertNotRegex("hello", "l+")
    def test_regex(self):
        self.assertRegex("hello", "z")
    def test_count_unhashable(self):
        self.assertCountEqual([[1], [2]], [[1], [3], [3]])
    def test_multiline_single(self):
        self.assertMultiLineEqual("abc", "abd")
    def test_isinstance(self):
        self.assertIsInstance(3, str, "msg")
    def test_long_msg_false(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only this")
    def test_dict_long(self):
        self.assertDictEqual({i: i for i in range(30)}, {i: i + (i == 7) for i in range(30)})
    def test_greater(self):
        self.assertGreater(1, 2)
    def test_maxdiff(self):
        self.maxDiff = 10
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_skipTest(self):
        self.skipTest("later")
        
import time; time.perf_counter = lambda: 0.0
unittest.main(verbosity=2)
