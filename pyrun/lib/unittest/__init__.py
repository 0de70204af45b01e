"""Unit testing with the API and the output of CPython's unittest.

A test is a method named test* of a TestCase subclass; a TestSuite holds
tests (and suites); a TestLoader finds the tests of a class or a module; a
TextTestRunner runs a suite into a TextTestResult, which prints a dot (or a
line, at verbosity 2) per test, then the report of each failure and error
with its traceback, then the summary.  unittest.main() does all of that for
the tests of the main program and exits with 0 if they passed, 1 if not.

The texts (assertion messages with their shortened reprs and ndiff diffs,
the verbose lines, the summary) are CPython's, as documented and as python3
prints them.  Not provided: unittest.mock, test discovery (-m unittest
discover), the Ctrl-C handler (installHandler), --locals.

The module is one file, but its classes carry the __module__ of CPython's
submodules (unittest.case, unittest.suite, ...) because their reprs show it:
<unittest.suite.TestSuite tests=[...]>.
"""

import sys
import time
import difflib
import pprint
import re
import warnings
import traceback
import functools
from collections import Counter, namedtuple

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext', 'getTestCaseNames',
           'makeSuite', 'findTestCases']

# A frame whose globals hold this name belongs to the test machinery: the
# reports of failures leave such frames out.
__unittest = True


# ---- the reprs shown in assertion messages ----------------------------------------------

# A repr longer than this is shortened in "first != second" messages.
_LONGEST_REPR = 80
# '[N chars]' replaces a middle part only when that hides more than this.
_ELISION_WORTH = 12
# What is kept of each part when shortening: the start of the common
# prefix, its end, and the end of the part after it.
_KEEP_AT_START = 5
_KEEP_OF_PREFIX_END = 5
_KEEP_AT_END = 5
_KEEP_OF_DIFFERENCE = _LONGEST_REPR - (_KEEP_AT_START + _ELISION_WORTH + _KEEP_OF_PREFIX_END
                                       + _ELISION_WORTH + _KEEP_AT_END)

_DIFF_TOO_LONG = ('\nDiff is %s characters long. '
                  'Set self.maxDiff to None to see it.')


def _repr_of(value, short=False):
    """repr(value), even when its __repr__ fails; cut at 80 characters
    when short."""
    try:
        text = repr(value)
    except Exception:
        text = object.__repr__(value)
    if short and len(text) >= _LONGEST_REPR:
        text = text[:_LONGEST_REPR] + ' [truncated]...'
    return text


def _class_name(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _elide_middle(text, head, tail):
    """text with all but its first head and last tail characters replaced
    by '[N chars]', when that hides enough to be worth it."""
    hidden = len(text) - head - tail
    if hidden <= _ELISION_WORTH:
        return text
    return '%s[%d chars]%s' % (text[:head], hidden, text[len(text) - tail:])


def _shared_start_length(texts):
    shortest = min(texts, key=len)
    for i, char in enumerate(shortest):
        if any(text[i] != char for text in texts):
            return i
    return len(shortest)


def _reprs_for_comparison(*values):
    """The reprs of values that differ; when some is too long, the part
    they share at the start is shortened first, then (if still too long)
    the parts where they differ."""
    texts = [_repr_of(value) for value in values]
    longest = max(len(text) for text in texts)
    if longest <= _LONGEST_REPR:
        return tuple(texts)
    shared = _shared_start_length(texts)
    start = texts[0][:shared]
    room_for_start = _LONGEST_REPR - (longest - shared + _KEEP_AT_START + _ELISION_WORTH)
    if room_for_start > _KEEP_OF_PREFIX_END:
        start = _elide_middle(start, _KEEP_AT_START, room_for_start)
        return tuple(start + text[shared:] for text in texts)
    start = _elide_middle(start, _KEEP_AT_START, _KEEP_OF_PREFIX_END)
    return tuple(start + _elide_middle(text[shared:], _KEEP_OF_DIFFERENCE, _KEEP_AT_END)
                 for text in texts)


def _ndiff_of_pformats(first, second):
    """The line diff of two values as pprint lays them out."""
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                          pprint.pformat(second).splitlines()))


# what `with self.assertLogs() as cm` gives
_LogsWatcher = namedtuple('_LoggingWatcher', ['records', 'output'])


# ---- skipping ---------------------------------------------------------------------------

class SkipTest(Exception):
    """Raised (by TestCase.skipTest, or by the test itself) to skip a test."""
    __module__ = 'unittest.case'


class _StopTest(Exception):
    """Ends a test quietly: a subtest failed and the run stops at the first failure."""


def _unchanged(item):
    return item


def _skipping_stand_in(test_function, reason):
    """A function that looks like test_function (its name, its docstring)
    but raises SkipTest(reason)."""
    @functools.wraps(test_function)
    def stand_in(*args, **kwargs):
        raise SkipTest(reason)
    return stand_in


def _mark_skipped(item, reason):
    """item (a test method or a TestCase class) is to be skipped for reason.

    The runner sees the two marks; a method is also replaced by one that
    raises SkipTest, so that calling it directly skips as well."""
    if not isinstance(item, type):
        item = _skipping_stand_in(item, reason)
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def skip(reason):
    """A decorator: the test (or every test of the class) is skipped.
    Used bare (@unittest.skip, no reason), it receives the test itself."""
    if isinstance(reason, type(_unchanged)):
        return _mark_skipped(reason, '')
    return lambda item: _mark_skipped(item, reason)


def skipIf(condition, reason):
    """Skips the test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skips the test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """The test is expected to fail: a failure is not counted against the run."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- running one test ---------------------------------------------------------------------

class _TestAttempt:
    """The bookkeeping of one run of a test: each part (setUp, the test
    method, tearDown, each cleanup, each subtest) is called through
    call_part(), which reports what went wrong in it to the result."""

    def __init__(self, result):
        self.result = result
        self.all_went_well = True
        self.expecting_failure = False
        self.expected_failure = None       # the exc_info of the failure that was expected
        self.reports_subtests = hasattr(result, 'addSubTest')

    def call_part(self, test, part):
        """Calls part(); True if it returned normally."""
        try:
            part()
        except KeyboardInterrupt:
            raise
        except SkipTest as skipped:
            self.all_went_well = False
            self.result.addSkip(test, str(skipped))
            return False
        except _StopTest:
            return False
        except BaseException:
            self.record_exception(test, None, sys.exc_info())
            return False
        return True

    def record_exception(self, test, subtest, exc_info):
        """Reports an exception of the test (or of one of its subtests)."""
        if self.expecting_failure:
            self.expected_failure = exc_info
            return
        self.all_went_well = False
        if subtest is not None:
            self.result.addSubTest(test, subtest, exc_info)
        elif issubclass(exc_info[0], test.failureException):
            self.result.addFailure(test, exc_info)
        else:
            self.result.addError(test, exc_info)


def _marked(obj, mark):
    return getattr(obj, mark, False)


# ---- assertion helpers ----------------------------------------------------------------------

class _ExpectationContext:
    """What assertRaises and assertWarns share: called with a callable, they
    call it (and name it in their message); called without one, they are a
    context manager."""

    def __init__(self, expected, test_case, expected_regex, method_name):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.method_name = method_name
        self.msg = None
        self.callable_name = None

    def _check_expected_class(self):
        classes = self.expected if isinstance(self.expected, tuple) else (self.expected,)
        for cls in classes:
            if not (isinstance(cls, type) and issubclass(cls, self._expected_base)):
                raise TypeError('%s() arg 1 must be %s' % (self.method_name, self._what_expected))

    def handle(self, args, kwargs):
        self._check_expected_class()
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        function, *args = args
        self.callable_name = getattr(function, '__name__', None) or str(function)
        with self:
            function(*args, **kwargs)
        return None

    def _fail_missing(self, what_happened):
        """Fails with "E not raised" (or "not triggered"), naming the callable."""
        name = getattr(self.expected, '__name__', None) or str(self.expected)
        message = '%s %s' % (name, what_happened)
        if self.callable_name:
            message += ' by %s' % self.callable_name
        self._fail(message)

    def _fail(self, standard_message):
        self.test_case.fail(self.test_case._formatMessage(self.msg, standard_message))


class _RaisesContext(_ExpectationContext):
    _expected_base = BaseException
    _what_expected = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._fail_missing('not raised')
        if not issubclass(exc_type, self.expected):
            return False            # an unexpected exception goes on
        # kept for `with ... as cm: ...; cm.exception`, without its traceback
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern, exc_value))
        return True


class _WarnsContext(_ExpectationContext):
    _expected_base = Warning
    _what_expected = 'a warning type or tuple of warning types'

    def __enter__(self):
        self._catcher = warnings.catch_warnings(record=True)
        self._caught = self._catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        of_the_class = [caught for caught in self._caught
                        if isinstance(caught.message, self.expected)]
        for caught in of_the_class:
            if self.expected_regex is None or self.expected_regex.search(str(caught.message)):
                self.warning = caught.message
                self.filename = caught.filename
                self.lineno = caught.lineno
                return None
        if of_the_class:
            self._fail('"%s" does not match "%s"' % (self.expected_regex.pattern,
                                                     of_the_class[0].message))
        self._fail_missing('not triggered')
        return None


class _LogsContext:
    """assertLogs and assertNoLogs: while the body runs, the logger's
    records at the level or above go to a handler that keeps them, and to
    no other (the logger's handlers, level and propagation come back after)."""

    def __init__(self, test_case, logger, level, expect_logs):
        import logging
        self.test_case = test_case
        self.logger_given = logger
        self.level = logging.INFO if level is None else \
            logging.getLevelNamesMapping().get(level, level)
        self.expect_logs = expect_logs

    def __enter__(self):
        import logging
        given = self.logger_given
        self.logger = given if isinstance(given, logging.Logger) else logging.getLogger(given)
        self.watcher = _LogsWatcher([], [])
        keeper = _record_keeper(self.watcher)
        keeper.setLevel(self.level)
        keeper.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
        logger = self.logger
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [keeper]
        logger.setLevel(self.level)
        logger.propagate = False
        return self.watcher if self.expect_logs else None

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        logger = self.logger
        logger.handlers, level, logger.propagate = self.saved
        logger.setLevel(level)
        if exc_type is not None:
            return False
        if not self.expect_logs and self.watcher.records:
            self.test_case.fail(self.test_case._formatMessage(
                None, 'Unexpected logs found: %r' % (self.watcher.output,)))
        if self.expect_logs and not self.watcher.records:
            self.test_case.fail(self.test_case._formatMessage(
                None, 'no logs of level %s or higher triggered on %s'
                % (logging.getLevelName(self.level), logger.name)))
        return None


def _record_keeper_class():
    """The handler class of assertLogs (made when first needed: logging is
    imported only by the tests that use it)."""
    import logging

    class _RecordKeeper(logging.Handler):
        def __init__(self, watcher):
            super().__init__()
            self.watcher = watcher

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))

        def flush(self):
            pass
    return _RecordKeeper


_record_keeper_made = []


def _record_keeper(watcher):
    """A logging handler that keeps what is logged in watcher."""
    if not _record_keeper_made:
        _record_keeper_made.append(_record_keeper_class())
    return _record_keeper_made[0](watcher)


def _count_differences(first, second):
    """(count in first, count in second, element) for each element counted
    differently, in the order first met; for unhashable elements too."""
    try:
        first_counts, second_counts = Counter(first), Counter(second)
    except TypeError:
        return _count_differences_by_equality(first, second)
    differences = [(n, second_counts.get(element, 0), element)
                   for element, n in first_counts.items()
                   if n != second_counts.get(element, 0)]
    differences += [(0, n, element) for element, n in second_counts.items()
                    if element not in first_counts]
    return differences


def _count_differences_by_equality(first, second):
    """The same, comparing with == only (each element is counted once, in
    both lists, then struck out)."""
    counted = object()
    first, second = list(first), list(second)
    differences = []
    for side, other in ((first, second), (second, None)):
        for i, element in enumerate(side):
            if element is counted:
                continue
            here = _strike_out(side, element, counted, start=i)
            there = 0 if other is None else _strike_out(other, element, counted)
            if other is None:
                differences.append((0, here, element))
            elif here != there:
                differences.append((here, there, element))
    return differences


def _strike_out(items, element, mark, start=0):
    """Replaces the items equal to element with mark; how many there were."""
    found = 0
    for j in range(start, len(items)):
        if items[j] is not mark and items[j] == element:
            items[j] = mark
            found += 1
    return found


# ---- TestCase -------------------------------------------------------------------------------

# assertEqual on two values of one of these types calls the assert method
# named, which shows the difference in detail (addTypeEqualityFunc adds more).
_EQUALITY_ASSERTS_BY_TYPE = {
    dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
    set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
}

_NO_METHOD = object()

class TestCase:
    """A test: one instance per test method, run between setUp() and tearDown().
    The assert methods raise failureException with CPython's messages."""
    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # strings longer than this are not diffed line by line
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, **kwargs):
        # each class has its own list of class cleanups
        cls._class_cleanups = []
        super().__init_subclass__(**kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._testMethodDoc = self._docstring_of_test(methodName)
        self._outcome = None            # the _TestAttempt of a run in progress
        self._cleanups = []             # (function, args, kwargs), called last first
        self._subtest = None
        self._type_equality_funcs = dict(_EQUALITY_ASSERTS_BY_TYPE)

    def _docstring_of_test(self, method_name):
        """The docstring of the test method; a missing method is an error,
        except runTest, which a TestCase used only for its asserts lacks."""
        method = getattr(self, method_name, _NO_METHOD)
        if method is not _NO_METHOD:
            return method.__doc__
        if method_name == 'runTest':
            return 'No test'
        raise ValueError('no such test method in %s: %s' % (self.__class__, method_name))

    # -- fixtures and cleanups of each test

    def setUp(self):
        """Called before each test method."""

    def tearDown(self):
        """Called after each test method (when setUp succeeded)."""

    def addCleanup(self, function, /, *args, **kwargs):
        """function(*args, **kwargs) is called after tearDown (last added, first called)."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enters a context manager, and exits it as a cleanup."""
        return _enter_with_cleanup(cm, self.addCleanup)

    def doCleanups(self):
        """Calls the cleanups; False if one of them raised."""
        attempt = self._outcome or _TestAttempt(TestResult())
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            attempt.call_part(self, lambda: function(*args, **kwargs))
        return attempt.all_went_well

    # -- fixtures and cleanups of the class

    @classmethod
    def setUpClass(cls):
        """Called once before the tests of the class."""

    @classmethod
    def tearDownClass(cls):
        """Called once after the tests of the class."""

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """function(*args, **kwargs) is called after tearDownClass."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_with_cleanup(cm, cls.addClassCleanup)

    @classmethod
    def doClassCleanups(cls):
        """Calls the class cleanups; what they raised is in tearDown_exceptions."""
        cls.tearDown_exceptions = _call_cleanups(cls._class_cleanups)

    # -- identity

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return '%s.%s' % (_class_name(self.__class__), self._testMethodName)

    # two instances are the same test when they run the same method of the same class

    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return f'{name} ({_class_name(type(self))}.{name})'

    def __repr__(self):
        return f'<{_class_name(type(self))} testMethod={self._testMethodName}>'

    # -- running

    def run(self, result=None):
        """Runs the test, reporting to result (a new TestResult if None)."""
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            if start_run is not None:
                start_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if _marked(self.__class__, '__unittest_skip__') or \
                    _marked(method, '__unittest_skip__'):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            self._run_parts(result, method)
            return result
        finally:
            result.stopTest(self)

    def _run_parts(self, result, method):
        expecting_failure = (_marked(self, '__unittest_expecting_failure__')
                             or _marked(method, '__unittest_expecting_failure__'))
        attempt = _TestAttempt(result)
        self._outcome = attempt
        try:
            if attempt.call_part(self, self._callSetUp):
                attempt.expecting_failure = expecting_failure
                attempt.call_part(self, lambda: self._callTestMethod(method))
                attempt.expecting_failure = False
                attempt.call_part(self, self._callTearDown)
            self._callCleanups()
            if not attempt.all_went_well:
                return
            if not expecting_failure:
                result.addSuccess(self)
            elif attempt.expected_failure is not None:
                result.addExpectedFailure(self, attempt.expected_failure)
            else:
                result.addUnexpectedSuccess(self)
        finally:
            attempt.expected_failure = None     # (a traceback holds frames: let them go)
            self._outcome = None

    # (the parts of a run, one method each so that a subclass can wrap them)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            _warn_returned_value(method, 3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanups(self):
        self.doCleanups()

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Runs the test without collecting its result: exceptions propagate."""
        method = getattr(self, self._testMethodName)
        if _marked(self.__class__, '__unittest_skip__') or _marked(method, '__unittest_skip__'):
            raise SkipTest(getattr(self.__class__, '__unittest_skip_why__', '')
                           or getattr(method, '__unittest_skip_why__', ''))
        self.setUp()
        method()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def subTest(self, msg=None, **params):
        """with self.subTest(i=i): a failure inside is reported as a failure of
        that subtest, and the test goes on."""
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # -- messages

    def _formatMessage(self, msg, standardMsg):
        """The message of a failed assertion: ours, with the user's after it
        (or only the user's, when longMessage is false)."""
        if self.longMessage:
            return standardMsg if msg is None else f'{standardMsg} : {msg}'
        return msg or standardMsg

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + _DIFF_TOO_LONG % len(diff)

    def _failure(self, msg, standard_message):
        raise self.failureException(self._formatMessage(msg, standard_message))

    # -- truth, identity, membership, order

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._failure(msg, '%s is not true' % _repr_of(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._failure(msg, '%s is not false' % _repr_of(expr))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._failure(msg, '%s is not %s' % (_repr_of(expr1), _repr_of(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._failure(msg, 'unexpectedly identical: %s' % _repr_of(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._failure(msg, '%s is not None' % _repr_of(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._failure(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._failure(msg, '%s is not an instance of %r' % (_repr_of(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._failure(msg, '%s is an instance of %r' % (_repr_of(obj), cls))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._failure(msg, '%s not found in %s' % (_repr_of(member), _repr_of(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._failure(msg, '%s unexpectedly found in %s'
                          % (_repr_of(member), _repr_of(container)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._failure(msg, '%s not less than %s' % (_repr_of(a), _repr_of(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._failure(msg, '%s not less than or equal to %s' % (_repr_of(a), _repr_of(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._failure(msg, '%s not greater than %s' % (_repr_of(a), _repr_of(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._failure(msg, '%s not greater than or equal to %s'
                          % (_repr_of(a), _repr_of(b)))

    # -- equality

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual on two values of exactly typeobj calls function."""
        self._type_equality_funcs[typeobj] = function

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            special = self._type_equality_funcs.get(type(first))
            if special is not None:
                return getattr(self, special) if isinstance(special, str) else special
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._failure(msg, '%s != %s' % _reprs_for_comparison(first, second))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._failure(msg, '%s == %s' % (_repr_of(first), _repr_of(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """first and second differ by at most delta, or are equal when their
        difference is rounded to places (7) decimal places."""
        if first == second:
            return
        near, difference, measure = _nearness(first, second, places, delta)
        if not near:
            self._failure(msg, '%s != %s within %s (%s difference)' % (
                _repr_of(first), _repr_of(second), measure, _repr_of(difference)))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        near, difference, measure = _nearness(first, second, places, delta)
        if near or first == second:
            if delta is not None:       # (only the delta form shows the difference)
                measure += ' (%s difference)' % _repr_of(difference)
            self._failure(msg, '%s == %s within %s' % (_repr_of(first), _repr_of(second), measure))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Equal sequences; the message names the first differing element
        (or the first extra one) and shows the diff."""
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (ordinal, kind, _repr_of(seq)))
        lengths = []
        for ordinal, seq in (('First', seq1), ('Second', seq2)):
            try:
                lengths.append(len(seq))
            except (TypeError, NotImplementedError):
                report = '%s %s has no length.    Non-sequence?' % (ordinal, kind)
                break
        else:
            if seq1 == seq2:
                return
            report = self._sequence_difference(seq1, seq2, kind, *lengths)
            if report is None:
                return
        report = self._truncateMessage(report, _ndiff_of_pformats(seq1, seq2))
        self.fail(self._formatMessage(msg, report))

    def _sequence_difference(self, seq1, seq2, kind, len1, len2):
        """What differs between two sequences, or None when they are to be
        taken as equal (same items, different types, no seq_type asked)."""
        report = '%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                             + _reprs_for_comparison(seq1, seq2))
        for i in range(min(len1, len2)):
            item1, item2 = seq1[i], seq2[i]
            if item1 != item2:
                report += '\nFirst differing element %d:\n%s\n%s\n' % (
                    (i,) + _reprs_for_comparison(item1, item2))
                break
        else:
            if len1 == len2 and kind == 'sequence' and type(seq1) != type(seq2):
                return None
        if len1 != len2:
            longer, ordinal, shorter_len = (seq1, 'First', len2) if len1 > len2 \
                else (seq2, 'Second', len1)
            report += '\n%s %s contains %d additional elements.\n' % (
                ordinal, kind, abs(len1 - len2))
            report += 'First extra element %d:\n%s\n' % (shorter_len,
                                                        _repr_of(longer[shorter_len]))
        return report

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Equal sets; the message lists what is in one and not the other."""
        only_in = []
        for ordinal, this, other in (('first', set1, set2), ('second', set2, set1)):
            try:
                only_in.append(this.difference(other))
            except TypeError as e:
                self.fail('invalid type when attempting set difference: %s' % e)
            except AttributeError as e:
                self.fail('%s argument does not support set difference: %s' % (ordinal, e))
        if not (only_in[0] or only_in[1]):
            return
        lines = []
        for heading, items in (('Items in the first set but not the second:', only_in[0]),
                               ('Items in the second set but not the first:', only_in[1])):
            if items:
                lines.append(heading)
                lines.extend(repr(item) for item in items)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            report = '%s != %s' % _reprs_for_comparison(d1, d2)
            report = self._truncateMessage(report, _ndiff_of_pformats(d1, d2))
            self.fail(self._formatMessage(msg, report))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """(Deprecated) Every key of subset is in dictionary, with the same value."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = [key for key in subset if key not in dictionary]
        different = ['%s, expected: %s, actual: %s'
                     % (_repr_of(key), _repr_of(value), _repr_of(dictionary[key]))
                     for key, value in subset.items()
                     if key in dictionary and value != dictionary[key]]
        complaints = []
        if missing:
            complaints.append('Missing: %s' % ','.join(_repr_of(key) for key in missing))
        if different:
            complaints.append('Mismatched values: %s' % ','.join(different))
        if complaints:
            self.fail(self._formatMessage(msg, '; '.join(complaints)))

    def assertCountEqual(self, first, second, msg=None):
        """The same elements, the same number of times each, in any order."""
        differences = _count_differences(list(first), list(second))
        if not differences:
            return
        lines = '\n'.join('First has %d, Second has %d:  %r' % difference
                          for difference in differences)
        report = self._truncateMessage('Element counts were not equal:\n', lines)
        self.fail(self._formatMessage(msg, report))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Equal strings; the message shows their line diff."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        first_lines = first.splitlines(keepends=True)
        second_lines = second.splitlines(keepends=True)
        if len(first_lines) == 1 and first.strip('\r\n') == first:
            # one line without an end: compare it as a whole line
            first_lines, second_lines = [first + '\n'], [second + '\n']
        report = '%s != %s' % _reprs_for_comparison(first, second)
        diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
        self.fail(self._formatMessage(msg, self._truncateMessage(report, diff)))

    # -- regular expressions

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._failure(msg, "Regex didn't match: %r not found in %r"
                          % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._failure(msg, 'Regex matched: %r matches %r in %r'
                          % (found.group(), unexpected_regex.pattern, text))

    # -- exceptions and warnings

    def assertRaises(self, expected_exception, *args, **kwargs):
        """with self.assertRaises(E) as cm: ... (or assertRaises(E, f, *args))."""
        return _RaisesContext(expected_exception, self, None,
                              'assertRaises').handle(args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _RaisesContext(expected_exception, self, expected_regex,
                              'assertRaisesRegex').handle(args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _WarnsContext(expected_warning, self, None, 'assertWarns').handle(args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _WarnsContext(expected_warning, self, expected_regex,
                             'assertWarnsRegex').handle(args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """with self.assertLogs(logger, level) as cm: the body must log at
        level (INFO) or above on logger (the root logger), or a logger under
        it; cm.records and cm.output ("LEVEL:name:message") are what it logged."""
        return _LogsContext(self, logger, level, expect_logs=True)

    def assertNoLogs(self, logger=None, level=None):
        """with self.assertNoLogs(logger, level): the body must not log at level or above."""
        return _LogsContext(self, logger, level, expect_logs=False)


def _nearness(first, second, places, delta):
    """How near first and second are, as the AlmostEqual asserts measure it:
    (near, their difference, the measure as the messages word it).  They are
    near when the difference is at most delta or, without delta, when it
    rounds to 0 at places decimal places (7 by default)."""
    if delta is not None and places is not None:
        raise TypeError('specify delta or places not both')
    difference = abs(first - second)
    if delta is not None:
        return difference <= delta, difference, '%s delta' % _repr_of(delta)
    places = 7 if places is None else places
    return round(difference, places) == 0, difference, '%r places' % places


def _warn_returned_value(method, stacklevel):
    """A test method should return None (a value returned is likely a
    mistake, such as a test written as a generator)."""
    warnings.warn('It is deprecated to return a value that is not None from a test case (%s)'
                  % (method,), DeprecationWarning, stacklevel=stacklevel)


def _call_cleanups(cleanups):
    """Calls (and empties) a stack of (function, args, kwargs), the last
    added first; the exc_info of each call that raised an Exception."""
    raised = []
    while cleanups:
        function, args, kwargs = cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception:
            raised.append(sys.exc_info())
    return raised


def _enter_with_cleanup(cm, add_cleanup):
    """cm.__enter__(), with cm.__exit__ registered by add_cleanup."""
    cls = type(cm)
    try:
        enter, exit_ = cls.__enter__, cls.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (cls.__module__, cls.__qualname__)) from None
    value = enter(cm)
    add_cleanup(exit_, cm, None, None, None)
    return value


# ---- subtests ---------------------------------------------------------------------------------

class _SubTest(TestCase):
    """One subtest of a test: reported under the test's name with its
    message and parameters, as "test_x (mod.Class.test_x) [msg] (i=1)"."""
    __module__ = 'unittest.case'

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self.params, self._message = test_case, params, message
        # (its failures are those of its test)
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        words = []
        if self._message is not None:
            words.append('[%s]' % (self._message,))
        if self.params:
            words.append('(%s)' % ', '.join('%s=%r' % item for item in self.params.items()))
        return ' '.join(words) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())


class _SubTestContext:
    """with test.subTest(...): an exception in the body is reported as the
    subtest's failure (or error, or skip), and the test goes on."""

    def __init__(self, test, message, params):
        self.test = test
        self.message = message
        self.params = params

    def __enter__(self):
        test = self.test
        self.enclosing = test._subtest
        params = dict(self.enclosing.params) if self.enclosing is not None else {}
        params.update(self.params)
        test._subtest = _SubTest(test, self.message, params)

    def __exit__(self, exc_type, exc_value, tb):
        test = self.test
        subtest, test._subtest = test._subtest, self.enclosing
        attempt = test._outcome
        if attempt is None or not attempt.reports_subtests:
            return False            # run outside a result: the exception goes on
        if exc_type is None:
            attempt.result.addSubTest(test, subtest, None)
            return False
        if issubclass(exc_type, (KeyboardInterrupt, _StopTest)):
            return False
        if issubclass(exc_type, SkipTest):
            attempt.all_went_well = False
            attempt.result.addSkip(subtest, str(exc_value))
            return True
        attempt.record_exception(test, subtest, (exc_type, exc_value, tb))
        if attempt.result.failfast or attempt.expected_failure is not None:
            raise _StopTest
        return True


class FunctionTestCase(TestCase):
    """A test made of a plain function (with optional setUp and tearDown functions)."""
    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._setUpFunc, self._tearDownFunc = testFunc, setUp, tearDown
        self._description = description

    def _what_it_runs(self):
        return (self._setUpFunc, self._testFunc, self._tearDownFunc, self._description)

    def setUp(self):
        _call_if_given(self._setUpFunc)

    def tearDown(self):
        _call_if_given(self._tearDownFunc)

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._what_it_runs() == other._what_it_runs()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._what_it_runs())

    def __str__(self):
        return '%s (%s)' % (_class_name(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (_class_name(self.__class__), self._testFunc)

    def shortDescription(self):
        """The description given, else the first line of the function's
        docstring (None if that line is blank: unlike TestCase's, leading
        blank lines are not skipped)."""
        if self._description is None:
            first_line = (self._testFunc.__doc__ or '').partition('\n')[0].strip()
            return first_line or None
        return self._description


def _call_if_given(function):
    if function is not None:
        function()


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods (and asyncSetUp, asyncTearDown, and
    the cleanups added by addAsyncCleanup) may be coroutines: they run on
    an event loop of the test's own, made for each test."""
    __module__ = 'unittest.async_case'

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._runner = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, function, /, *args, **kwargs):
        self.addCleanup(self._await_result, function, *args, **kwargs)

    def _await_result(self, function, *args, **kwargs):
        import asyncio
        outcome = function(*args, **kwargs)
        if asyncio.iscoroutine(outcome):
            # (run as it is: a coroutine of this module between would hide
            # the test's frame in the report of its failure)
            return self._runner.run(outcome)
        if hasattr(outcome, '__await__'):
            return self._runner.run(_awaited(outcome))
        return outcome

    def _callSetUp(self):
        self.setUp()
        self._runner.run(self.asyncSetUp())

    def _callTestMethod(self, method):
        if self._await_result(method) is not None:
            _warn_returned_value(method, 4)

    def _callTearDown(self):
        self._runner.run(self.asyncTearDown())
        self.tearDown()

    def run(self, result=None):
        import asyncio
        self._runner = asyncio.Runner()
        try:
            return super().run(result)
        finally:
            self._runner.close()
            self._runner = None


async def _awaited(awaitable):
    return await awaitable


# (the old names of assert methods: they still work, with a DeprecationWarning)
_OLD_ASSERT_NAMES = {
    'failUnlessEqual': 'assertEqual', 'assertEquals': 'assertEqual',
    'failIfEqual': 'assertNotEqual', 'assertNotEquals': 'assertNotEqual',
    'failUnlessAlmostEqual': 'assertAlmostEqual', 'assertAlmostEquals': 'assertAlmostEqual',
    'failIfAlmostEqual': 'assertNotAlmostEqual', 'assertNotAlmostEquals': 'assertNotAlmostEqual',
    'failUnless': 'assertTrue', 'assert_': 'assertTrue', 'failIf': 'assertFalse',
    'failUnlessRaises': 'assertRaises', 'assertRaisesRegexp': 'assertRaisesRegex',
    'assertRegexpMatches': 'assertRegex', 'assertNotRegexpMatches': 'assertNotRegex',
}


def _old_assert_name(new_name):
    def old_name(self, *args, **kwargs):
        warnings.warn('Please use %s instead.' % new_name, DeprecationWarning, 2)
        return getattr(self, new_name)(*args, **kwargs)
    return old_name


for _old, _new in _OLD_ASSERT_NAMES.items():
    setattr(TestCase, _old, _old_assert_name(_new))
del _old, _new


# ---- module fixtures ----------------------------------------------------------------------------

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """function(*args, **kwargs) is called after tearDownModule."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_with_cleanup(cm, addModuleCleanup)


def doModuleCleanups():
    """Calls the module cleanups; the first exception one of them raised is
    raised again once they have all been called."""
    raised = _call_cleanups(_module_cleanups)
    if raised:
        raise raised[0][1]


# ---- results ------------------------------------------------------------------------------------

def _in_machinery(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _without_machinery(tb, is_failure):
    """The traceback without the test machinery's frames: those before the
    test's own, and (for a failed assertion) the assert method's after them."""
    while tb is not None and _in_machinery(tb):
        tb = tb.tb_next
    if is_failure and tb is not None:
        last_own = tb
        while last_own.tb_next is not None and not _in_machinery(last_own.tb_next):
            last_own = last_own.tb_next
        last_own.tb_next = None
    return tb


class TestResult:
    """What happened in a run: the tests run, and lists of (test, traceback
    text) for the failures, errors and expected failures, of (test, reason)
    for the skips, and the unexpected successes."""
    __module__ = 'unittest.result'

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        # the settings, which a runner changes
        self.failfast = self.buffer = self.tb_locals = False
        self.shouldStop = False
        # with buffer: where the output of a test goes, and where it went before
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """(A result that prints overrides this.)"""

    def startTestRun(self):
        """Called once before the run."""

    def stopTestRun(self):
        """Called once after the run."""

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    # -- buffer: the output of each test is kept, and shown only if it failed

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            import io
            self._stdout_buffer = io.StringIO()
            self._stderr_buffer = io.StringIO()
        sys.stdout = self._stdout_buffer
        sys.stderr = self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for heading, captured, real in (
                    ('Stdout', self._stdout_buffer, self._original_stdout),
                    ('Stderr', self._stderr_buffer, self._original_stderr)):
                text = _captured_text(captured, heading)
                if text:
                    real.write(text)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    # -- what happened

    def _stop_if_failfast(self):
        """With failfast, the first failure, error or unexpected success
        stops the run."""
        if getattr(self, 'failfast', False):
            self.stop()

    def _add_report(self, reports, test, err, reported_test):
        """Keeps the report of a failure or an error of reported_test; the
        output of a buffered test is then shown."""
        self._stop_if_failfast()
        reports.append((reported_test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addError(self, test, err):
        self._add_report(self.errors, test, err, test)

    def addFailure(self, test, err):
        self._add_report(self.failures, test, err, test)

    def addSubTest(self, test, subtest, err):
        """err is None when the subtest passed (nothing is kept)."""
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._add_report(self.failures if failed else self.errors, test, err, subtest)

    def addUnexpectedSuccess(self, test):
        self._stop_if_failfast()
        self.unexpectedSuccesses.append(test)

    def addSuccess(self, test):
        """(Nothing is kept of a success.)"""

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def wasSuccessful(self):
        """No failures, no errors, no unexpected successes."""
        return not (self.failures or self.errors or
                    getattr(self, 'unexpectedSuccesses', ()))

    def stop(self):
        """Asks the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report of an exception: its traceback (and its chain) without
        the frames of the test machinery, then what the test printed when
        the output is buffered."""
        exc_type, exc, tb = err
        if self.tb_locals:
            raise NotImplementedError('tb_locals (--locals) is not supported by pyedu')
        tb = _without_machinery(tb, exc_type is test.failureException)
        seen = {id(exc)}
        chained = [exc.__cause__, exc.__context__]
        while chained:
            link = chained.pop()
            if link is None or id(link) in seen:
                continue
            seen.add(id(link))
            link.__traceback__ = _without_machinery(link.__traceback__,
                                                    type(link) is test.failureException)
            chained += [link.__cause__, link.__context__]
        text = ''.join(traceback.format_exception(exc_type, exc, tb))
        if self.buffer:
            text += _captured_text(sys.stdout, 'Stdout') + _captured_text(sys.stderr, 'Stderr')
        return text

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            _class_name(self.__class__), self.testsRun, len(self.errors), len(self.failures))


def _captured_text(stream, heading):
    """'\\nStdout:\\n...' for what a buffered test printed ('' if nothing)."""
    text = stream.getvalue()
    if not text:
        return ''
    if not text.endswith('\n'):
        text += '\n'
    return '\n%s:\n%s' % (heading, text)


class _WritelnDecorator:
    """The stream a runner writes to: the stream given, with writeln() added.
    Every other attribute is looked up on that stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        # (called only for what the wrapper itself lacks; before __init__
        # ran, as in a copy being made, there is no stream to ask yet)
        stream = self.__dict__.get('stream')
        if stream is None:
            raise AttributeError(name)
        return getattr(stream, name)

    def writeln(self, line=None):
        """Writes line (if any) and ends it."""
        self.write(line + '\n' if line else '\n')


class TextTestResult(TestResult):
    """A result that shows the run as it goes, on a stream: a character per
    test (verbosity 1: '.', 'F', 'E', 's', 'x', 'u') or a line per test
    (verbosity 2), then the reports of the errors and failures."""
    __module__ = 'unittest.runner'

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.showAll, self.dots = verbosity > 1, verbosity == 1
        self._newline = True        # (False while a verbose line waits for its status)

    def getDescription(self, test):
        """str(test), and the first line of its docstring on a line of its own."""
        doc = test.shortDescription()
        return f'{test}\n{doc}' if self.descriptions and doc else str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(f'{self.getDescription(test)} ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        """The end of a test's verbose line.  A subtest gets a line of its
        own, indented under its test's; so does a test whose line was ended
        (by a subtest's)."""
        if isinstance(test, _SubTest):
            start = '  %s ... ' % self.getDescription(test)
            if not self._newline:
                start = '\n' + start
        elif self._newline:
            start = '%s ... ' % self.getDescription(test)
        else:
            start = ''
        self.stream.writeln(start + status)
        self.stream.flush()
        self._newline = True

    def _show(self, test, status, mark):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(mark)
            self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._show(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show(test, 'FAIL', 'F')

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._show(subtest, 'FAIL', 'F')
            else:
                self._show(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._show(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._show(test, 'unexpected success', 'u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        for flavour, errors in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, errors)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, report in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln(report)
            self.stream.flush()


class TextTestRunner:
    """Runs a test (or suite) into a TextTestResult on a stream
    (sys.stderr by default), then prints the summary:

        Ran 3 tests in 0.001s

        FAILED (failures=1, skipped=1)
    """
    __module__ = 'unittest.runner'

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity, self.warnings = descriptions, verbosity, warnings
        # (the settings handed on to the result)
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        for setting in ('failfast', 'buffer', 'tb_locals'):
            setattr(result, setting, getattr(self, setting))
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ('default', 'always'):
                    # the old assert names warn once per module, not once per line
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            started = time.perf_counter()
            _call_if_present(result, 'startTestRun')
            try:
                test(result)
            finally:
                _call_if_present(result, 'stopTestRun')
            took = time.perf_counter() - started
        result.printErrors()
        self._print_summary(result, took)
        return result

    def _print_summary(self, result, took):
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        count = result.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs' % (count, '' if count == 1 else 's', took))
        self.stream.writeln()
        counts = []
        if result.wasSuccessful():
            self.stream.write('OK')
        else:
            self.stream.write('FAILED')
            counts += [('failures', len(result.failures)), ('errors', len(result.errors))]
        counts += [('skipped', len(result.skipped)),
                   ('expected failures', len(result.expectedFailures)),
                   ('unexpected successes', len(result.unexpectedSuccesses))]
        shown = ['%s=%d' % (name, n) for name, n in counts if n]
        self.stream.writeln(' (%s)' % ', '.join(shown) if shown else '')
        self.stream.flush()


def _call_if_present(obj, method_name):
    method = getattr(obj, method_name, None)
    if method is not None:
        method()


# ---- suites -------------------------------------------------------------------------------------

def _is_single_test(test):
    """A test rather than a suite (a suite is iterable)."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _ErrorHolder:
    """Stands for a failed fixture of a class or module (setUpClass,
    tearDownModule, ...) in the result's list of errors."""
    __module__ = 'unittest.suite'
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    __str__ = id

    def __repr__(self):
        return f'<ErrorHolder description={self.description!r}>'

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def __call__(self, result):
        """(Nothing to run.)"""

    run = __call__


class BaseTestSuite:
    """A sequence of tests (and suites), run in order."""
    __module__ = 'unittest.suite'

    # A test that has run is dropped from its suite (its place holds None),
    # so that a long run does not keep every test case alive; its count is kept.
    _cleanup = True

    def __init__(self, tests=()):
        self._tests, self._removed_tests = [], 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (_class_name(self.__class__), list(self))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(test.countTestCases() for test in self if test)

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            return              # (a subclass with a _tests of its own)
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for each in tests:
            self.addTest(each)

    def run(self, result):
        """Runs each test in turn until the result is told to stop."""
        for index, test in self._tests_until_stopped(result):
            test(result)
            self._after_test(index)
        return result

    def _tests_until_stopped(self, result):
        """(index, test) for each test of the suite, until result.shouldStop
        (checked before each test: result.stop() ends the run after the
        current test)."""
        for index, test in enumerate(self):
            if result.shouldStop:
                return
            yield index, test

    def _after_test(self, index):
        if self._cleanup:
            self._removeTestAtIndex(index)

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs the fixtures of classes and modules: a class's
    setUpClass before its first test and tearDownClass after its last one,
    a module's setUpModule and tearDownModule likewise."""
    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True
        for index, test in self._tests_until_stopped(result):
            if _is_single_test(test) and not self._fixtures_ready_for(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
            self._after_test(index)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _fixtures_ready_for(self, test, result):
        """Moves the fixtures on to the class and module of test (tearing
        down the previous ones, setting up new ones); False if a setUpClass
        or setUpModule failed, so the test is not run."""
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        result._previousTestClass = test.__class__
        return not (getattr(test.__class__, '_classSetupFailed', False)
                    or getattr(result, '_moduleSetUpFailed', False))

    def debug(self):
        self.run(_DebugResult(), True)

    # -- class fixtures

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if getattr(result, '_moduleSetUpFailed', False) or _marked(cls, '__unittest_skip__'):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass                    # (a built-in class: a plain function passed as a test)
        description = 'setUpClass (%s)' % _class_name(cls)
        if not _run_fixture(result, getattr(cls, 'setUpClass', None), description):
            cls._classSetupFailed = True
            self._run_class_cleanups(cls, result, description)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = None if test is None else test.__class__
        if previous is None or current == previous:
            return
        if getattr(previous, '_classSetupFailed', False) or \
                getattr(result, '_moduleSetUpFailed', False) or \
                _marked(previous, '__unittest_skip__'):
            return
        description = 'tearDownClass (%s)' % _class_name(previous)
        _run_fixture(result, getattr(previous, 'tearDownClass', None), description)
        self._run_class_cleanups(previous, result, description)

    def _run_class_cleanups(self, cls, result, description):
        do_cleanups = getattr(cls, 'doClassCleanups', None)
        if do_cleanups is None:
            return
        with _BufferedFixture(result):
            do_cleanups()
        for exc_info in cls.tearDown_exceptions:
            if isinstance(result, _DebugResult):
                raise exc_info[1]
            _add_fixture_error(result, exc_info[1], description, exc_info)

    # -- module fixtures

    def _previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return None if previous is None else previous.__module__

    def _handleModuleFixture(self, test, result):
        name = test.__class__.__module__
        if name == self._previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        description = 'setUpModule (%s)' % name
        set_up = getattr(sys.modules.get(name), 'setUpModule', None)
        if not _run_fixture(result, set_up, description):
            result._moduleSetUpFailed = True
            _run_fixture(result, doModuleCleanups, description)

    def _handleModuleTearDown(self, result):
        name = self._previous_module(result)
        if name is None or result._moduleSetUpFailed or name not in sys.modules:
            return
        description = 'tearDownModule (%s)' % name
        _run_fixture(result, getattr(sys.modules[name], 'tearDownModule', None), description)
        _run_fixture(result, doModuleCleanups, description)


def _run_fixture(result, fixture, description):
    """Calls a fixture (setUpClass, tearDownModule, ...; nothing if None)
    with its output buffered as a test's.  What it raises is reported as an
    error of `description` (or raised again, under debug()).  True if it
    returned normally."""
    if fixture is None:
        return True
    with _BufferedFixture(result):
        try:
            fixture()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            _add_fixture_error(result, e, description)
            return False
    return True


class _BufferedFixture:
    """with _BufferedFixture(result): a fixture's output is buffered as a test's is."""

    def __init__(self, result):
        self.result = result

    def __enter__(self):
        _call_if_present(self.result, '_setupStdout')

    def __exit__(self, *exc_info):
        _call_if_present(self.result, '_restoreStdout')


def _add_fixture_error(result, exc, description, exc_info=None):
    """Reports the failure of a fixture: as a skip if it raised SkipTest."""
    holder = _ErrorHolder(description)
    if isinstance(exc, SkipTest) and hasattr(result, 'addSkip'):
        result.addSkip(holder, str(exc))
    else:
        result.addError(holder, exc_info or sys.exc_info())


class _DebugResult:
    """The result of TestSuite.debug(): fixtures' exceptions propagate."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# ---- loading ------------------------------------------------------------------------------------

def _three_way_compare(x, y):
    return (x > y) - (x < y)


class _FailedTest(TestCase):
    """Stands for a test that could not be loaded: running it raises the
    exception that loading it raised."""
    __module__ = 'unittest.loader'
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception
        return testFailure


class TestLoader:
    """Makes suites: of the test methods of a TestCase class, of the
    classes of a module, of dotted names."""
    __module__ = 'unittest.loader'

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way_compare)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """A suite of the TestCase classes of module, in the order of their
        names; a load_tests(loader, tests, pattern) function of the module
        makes the suite instead, when there is one."""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(tests)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as e:
            return self._failed(module.__name__, e, 'Failed to call load_tests:\n%s'
                                % traceback.format_exc())

    def _failed(self, name, exception, message):
        self.errors.append(message)
        return self.suiteClass((_FailedTest(name, exception),))

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name stands for (a module, a class, a test
        method, a suite, or a callable returning a test), looked up in
        module or imported."""
        parts = name.split('.')
        if module is None:
            module, parts = self._import_longest(parts)
            if module is None:
                return parts            # (the failed test of the import)
        obj, parent = module, None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                return self._failed(part, e, 'Failed to access attribute:\n%s'
                                    % traceback.format_exc())
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, type(_unchanged)) and isinstance(parent, type) \
                and issubclass(parent, TestCase):
            test = parent(parts[-1])
            if not isinstance(getattr(test, parts[-1]), type(_unchanged)):
                return self.suiteClass([test])
        elif isinstance(obj, TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        test = obj()
        if isinstance(test, TestSuite):
            return test
        if isinstance(test, TestCase):
            return self.suiteClass([test])
        raise TypeError('calling %s returned %s, not a test' % (obj, test))

    def _import_longest(self, parts):
        """(module, the remaining parts) for the longest importable start of parts."""
        for count in range(len(parts), 0, -1):
            try:
                __import__('.'.join(parts[:count]))
            except ImportError as e:
                if count == 1:
                    return None, self._failed(parts[0], e, 'Failed to import test module: %s\n%s'
                                              % (parts[0], traceback.format_exc()))
                continue
            return sys.modules[parts[0]], parts[1:]

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The names of the test methods of a class, sorted: those that start
        with testMethodPrefix (and match one of testNamePatterns, if set)."""
        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            import fnmatch
            full_name = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(fnmatch.fnmatchcase(full_name, p) for p in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError('unittest test discovery is not supported by pyedu')


defaultTestLoader = TestLoader()


def _deprecated_loader_function(name, replacement):
    warnings.warn('unittest.%s() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.%s() instead.' % (name, replacement),
                  DeprecationWarning, stacklevel=3)


def _loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.testNamePatterns = testNamePatterns
    if suiteClass is not None:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way_compare,
                     testNamePatterns=None):
    _deprecated_loader_function('getTestCaseNames', 'getTestCaseNames')
    return _loader(prefix, sortUsing, None, testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_three_way_compare,
              suiteClass=TestSuite):
    _deprecated_loader_function('makeSuite', 'loadTestsFromTestCase')
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_three_way_compare, suiteClass=TestSuite):
    _deprecated_loader_function('findTestCases', 'loadTestsFromModule')
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


# ---- unittest.main() ------------------------------------------------------------------------------

_OPTIONS = ['-h', '-v', '-q', '--locals', '-f', '-c', '-b', '-k TESTNAMEPATTERNS']

# What -h prints after the usage line (as argparse lays it out; {prog} is
# the program's name).
_HELP = """
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring

Examples:
  {prog}                           - run default set of tests
  {prog} MyTestSuite               - run suite 'MyTestSuite'
  {prog} MyTestCase.testSomething  - run MyTestCase.testSomething
  {prog} MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _usage(prog):
    """argparse's usage line for unittest.main()'s options, wrapped as
    argparse wraps it at 78 columns: the options on as many lines as they
    need, the test names on a line of their own."""
    width = 78
    prefix = 'usage: '
    options = ['[%s]' % option for option in _OPTIONS]
    whole = ' '.join([prog] + options + ['[tests ...]'])
    if len(prefix) + len(whole) <= width:
        return prefix + whole
    indent = ' ' * (len(prefix) + len(prog) + 1)
    lines, line = [], prog
    for option in options:
        if len(prefix if not lines else indent) + len(line) + 1 + len(option) > width:
            lines.append(line)
            line = option
        else:
            line += ' ' + option
    lines += [line, '[tests ...]']
    return prefix + ('\n' + indent).join(lines)


class TestProgram:
    """unittest.main(): loads the tests of a module (the main program by
    default, or those named on the command line), runs them with a
    TextTestRunner, and exits with 0 if they passed, 1 if not."""
    __module__ = 'unittest.main'

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if module is None:
            raise NotImplementedError('unittest test discovery is not supported by pyedu')
        self.module = sys.modules[module] if isinstance(module, str) else module
        argv = sys.argv if argv is None else argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.buffer = buffer
        self.tb_locals = tb_locals
        # unless told otherwise (python -W), the warnings of tests are all shown
        self.warnings = 'default' if warnings is None and not sys.warnoptions else warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1] if argv else 'python -m unittest'
        self.testNamePatterns = None
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        arguments = iter(argv[1:])
        for arg in arguments:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg == '--locals':
                self.tb_locals = True
            elif arg.startswith('-k'):
                pattern = arg[2:] or next(arguments, None)
                if pattern is None:
                    self._usage_error('argument -k: expected one argument')
                if '*' not in pattern:
                    pattern = '*%s*' % pattern
                self.testNamePatterns = (self.testNamePatterns or []) + [pattern]
            elif arg in ('-h', '--help'):
                sys.stdout.write(_usage(self.progName) + '\n' + _HELP.format(prog=self.progName)
                                 + '\n')
                sys.exit(0)
            elif arg.startswith('-') and arg != '-':
                self._usage_error('unrecognized arguments: %s' % arg)
            else:
                names.append(arg)
        if not names and self.defaultTest is not None:
            names = [self.defaultTest] if isinstance(self.defaultTest, str) \
                else list(self.defaultTest)
        self.testNames = names or None
        self.createTests()

    def _usage_error(self, message):
        sys.stderr.write('%s\n%s: error: %s\n' % (_usage(self.progName), self.progName, message))
        sys.exit(2)

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = TextTestRunner if self.testRunner is None else self.testRunner
        if isinstance(runner, type):
            settings = dict(verbosity=self.verbosity, failfast=self.failfast,
                            buffer=self.buffer, warnings=self.warnings, tb_locals=self.tb_locals)
            try:
                runner = runner(**settings)
            except TypeError:
                # (a runner class of its own may take fewer settings)
                del settings['tb_locals']
                try:
                    runner = runner(**settings)
                except TypeError:
                    runner = runner()
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
