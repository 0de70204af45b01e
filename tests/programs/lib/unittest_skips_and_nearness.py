# unittest: @skip bare and with a reason (on methods and classes, and a skipped method called directly), a TestCase made for a missing method or for its asserts only, per-instance type equality functions, assertAlmostEqual/assertNotAlmostEqual (places, delta, both, equal values, non-numbers, msg), FunctionTestCase descriptions, failfast on each kind of result, the runner's writeln stream, result.stop() ending suites
import io
import re
import unittest


def show(label, function):
    try:
        value = function()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', value)


# -- skips

class Skips(unittest.TestCase):
    @unittest.skip
    def test_bare(self):
        """Skipped with no reason."""

    @unittest.skip("a reason")
    def test_reasoned(self):
        raise AssertionError("never run")

    @unittest.skipIf(False, "not this")
    def test_kept(self):
        pass

    @unittest.skipUnless(False, "unless")
    def test_unless(self):
        pass


@unittest.skip("the whole class")
class SkippedClass(unittest.TestCase):
    def test_one(self):
        raise AssertionError("never run")


for name in ('test_bare', 'test_reasoned', 'test_kept', 'test_unless'):
    method = getattr(Skips, name)
    print(name, method.__name__, method.__doc__,
          getattr(method, '__unittest_skip__', None), repr(getattr(method, '__unittest_skip_why__', None)))
print(SkippedClass.__name__, SkippedClass.__unittest_skip__, SkippedClass.__unittest_skip_why__)
show('calling a skipped test', lambda: Skips('test_reasoned').test_reasoned())
show('calling a bare-skipped test', lambda: Skips('test_bare').test_bare())

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
outcome = runner.run(unittest.TestSuite([
    unittest.defaultTestLoader.loadTestsFromTestCase(Skips),
    unittest.defaultTestLoader.loadTestsFromTestCase(SkippedClass)]))
print(re.sub(r'in \d+\.\d+s', 'in Ts', stream.getvalue()))
print([(str(test), why) for test, why in outcome.skipped])

# -- making a TestCase

class Documented(unittest.TestCase):
    def test_doc(self):
        """  First line.
        Second line."""

    def test_nodoc(self):
        pass


show('missing method', lambda: Documented('test_missing'))
bare = unittest.TestCase()
print(repr(bare._testMethodDoc), bare.shortDescription(), bare.id())
bare.assertEqual(1, 1)
print(repr(Documented('test_doc').shortDescription()), Documented('test_nodoc').shortDescription())


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return 'Point(%d)' % self.x


one, two = Documented('test_doc'), Documented('test_doc')
one.addTypeEqualityFunc(Point, lambda a, b, msg=None: print('compared points', a.x, b.x))
one.assertEqual(Point(1), Point(2))
show('the other instance', lambda: two.assertEqual(Point(1), Point(2)))
show('dicts still special', lambda: one.assertEqual({'a': 1}, {'a': 2}))

# -- nearness

t = unittest.TestCase()
cases = [
    ('almost 1.0 1.0000001', lambda: t.assertAlmostEqual(1.0, 1.0000001)),
    ('almost 1.0 1.1', lambda: t.assertAlmostEqual(1.0, 1.1)),
    ('almost places=1', lambda: t.assertAlmostEqual(1.0, 1.04, places=1)),
    ('almost places=3 fails', lambda: t.assertAlmostEqual(1.0, 1.04, places=3)),
    ('almost delta passes', lambda: t.assertAlmostEqual(10, 12, delta=2)),
    ('almost delta fails', lambda: t.assertAlmostEqual(10, 13, delta=2)),
    ('almost both', lambda: t.assertAlmostEqual(1, 2, places=2, delta=1)),
    ('almost equal strings', lambda: t.assertAlmostEqual('a', 'a')),
    ('almost unequal strings', lambda: t.assertAlmostEqual('a', 'b')),
    ('almost with msg', lambda: t.assertAlmostEqual(1, 2, msg='note')),
    ('not almost 1 2', lambda: t.assertNotAlmostEqual(1, 2)),
    ('not almost close', lambda: t.assertNotAlmostEqual(1.0, 1.00000001)),
    ('not almost equal', lambda: t.assertNotAlmostEqual(3, 3)),
    ('not almost equal delta', lambda: t.assertNotAlmostEqual(3, 3, delta=0)),
    ('not almost delta close', lambda: t.assertNotAlmostEqual(10, 11, delta=2)),
    ('not almost delta far', lambda: t.assertNotAlmostEqual(10, 13, delta=2)),
    ('not almost places', lambda: t.assertNotAlmostEqual(1.0, 1.04, places=1)),
    ('not almost both', lambda: t.assertNotAlmostEqual(1, 2, places=2, delta=1)),
    ('not almost equal strings', lambda: t.assertNotAlmostEqual('a', 'a')),
    ('not almost with msg', lambda: t.assertNotAlmostEqual(1, 1, msg='note')),
]
for label, check in cases:
    show(label, check)
t.longMessage = False
show('almost, msg only', lambda: t.assertAlmostEqual(1, 2, msg='just this'))

# -- FunctionTestCase


def plain():
    """Does nothing.
    At all."""


def blank_first():
    """
    The text is on the second line."""


def undocumented():
    pass


for function, description in ((plain, None), (plain, 'given'), (blank_first, None), (undocumented, None)):
    case = unittest.FunctionTestCase(function, description=description)
    print(case.id(), '|', str(case), '|', repr(case.shortDescription()),
          '|', re.sub(r'0x[0-9a-f]+', 'ADDR', repr(case)))

# -- failfast


def failing():
    try:
        raise ValueError('boom')
    except ValueError:
        import sys
        return sys.exc_info()


class Host(unittest.TestCase):
    def runTest(self):
        pass


for what in ('addError', 'addFailure', 'addSkip', 'addSuccess', 'addExpectedFailure',
             'addUnexpectedSuccess', 'addSubTest passed', 'addSubTest error', 'addSubTest failure'):
    for failfast in (False, True):
        result = unittest.TestResult()
        result.failfast = failfast
        host = Host()
        if what == 'addSkip':
            result.addSkip(host, 'why')
        elif what in ('addSuccess', 'addUnexpectedSuccess'):
            getattr(result, what)(host)
        elif what.startswith('addSubTest'):
            err = None
            if what.endswith('error'):
                err = failing()
            elif what.endswith('failure'):
                try:
                    host.fail('subtest failed')
                except AssertionError:
                    import sys
                    err = sys.exc_info()
            result.addSubTest(host, host, err)
        else:
            getattr(result, what)(host, failing())
        print(what, 'failfast' if failfast else '-', result.shouldStop,
              len(result.errors), len(result.failures), len(result.skipped),
              len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())

# -- the runner's stream

out = io.StringIO()
runner = unittest.TextTestRunner(stream=out)
runner.stream.writeln('a line')
runner.stream.writeln()
runner.stream.writeln('')
runner.stream.write('written ')
runner.stream.flush()
print(repr(out.getvalue()), runner.stream.stream is out)
show('missing attribute', lambda: runner.stream.no_such_thing)

# -- stopping a suite


class Stopper(unittest.TestCase):
    def test_a(self):
        print('ran a')

    def test_b(self):
        print('ran b, stopping')
        self._result.stop()

    def test_c(self):
        print('ran c')

    def run(self, result=None):
        self._result = result
        return super().run(result)


for suite_class in (unittest.BaseTestSuite, unittest.TestSuite):
    suite = suite_class(Stopper(name) for name in ('test_a', 'test_b', 'test_c'))
    result = unittest.TestResult()
    suite.run(result)
    print(suite_class.__name__, result.testsRun, result.shouldStop, list(suite)[2])
