# unittest: assertLogs and assertNoLogs (logger by name or object, levels by name or number, records and "LEVEL:name:message" output, loggers under the one watched, the logger's handlers/level/propagation restored, failures' messages, exceptions passing through)
import unittest, logging, sys
log = logging.getLogger("app.db")
class T(unittest.TestCase):
    def failure_of(self, body):
        try:
            body()
        except self.failureException as e:
            return str(e)
    def test_logs(self):
        with self.assertLogs("app", level="WARNING") as cm:
            log.warning("disk %d%% full", 90)
            log.info("ignored")
            logging.getLogger("app.web").error("boom")
        print(cm.output, [r.getMessage() for r in cm.records], type(cm).__name__, cm.records[0].name)
    def test_root(self):
        with self.assertLogs() as cm:
            logging.info("to root")
            log.debug("not captured")
        print(cm.output)
    def test_failures(self):
        def none_at_level():
            with self.assertLogs(log, logging.ERROR):
                log.warning("too low")
        def some_logged():
            with self.assertNoLogs(log):
                log.info("hello %s", "there")
        print(self.failure_of(none_at_level))
        print(self.failure_of(some_logged))
        def above_the_watched():
            with self.assertLogs("app.db.sub", logging.CRITICAL):
                log.critical("above the watched logger: not seen")
        print(self.failure_of(above_the_watched))
    def test_nologs(self):
        with self.assertNoLogs("app", "ERROR"):
            log.warning("fine")
        with self.assertNoLogs("app") as nothing:
            pass
        print(nothing)
    def test_restored(self):
        before = (log.handlers[:], log.level, log.propagate)
        with self.assertLogs(log, "DEBUG"):
            log.debug("x")
        print(before == (log.handlers, log.level, log.propagate))
        logging.getLogger("app").warning("after: to the last resort handler")
    def test_exception_passes(self):
        with self.assertRaises(KeyError):
            with self.assertLogs():
                raise KeyError("k")
import time; time.perf_counter = lambda: 0.0
unittest.main(verbosity=2)
