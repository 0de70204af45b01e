"""Timing small bits of code, as CPython's timeit: timeit(), repeat(),
Timer, default_timer."""

import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


class Timer:
    """Times stmt (a string or a callable), run after setup."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {} if globals is None else globals
        self._globals = namespace
        self._stmt = self._as_callable(stmt, namespace)
        self._setup = self._as_callable(setup, namespace)

    @staticmethod
    def _as_callable(code, namespace):
        if callable(code):
            return code
        if not isinstance(code, str):
            raise ValueError("stmt is neither a string nor callable")
        compiled = compile(code, "<timeit-src>", "exec")
        return lambda: exec(compiled, namespace)

    def timeit(self, number=default_number):
        """Seconds taken by number runs of stmt (setup run once before)."""
        self._setup()
        stmt = self._stmt
        timer = self.timer
        start = timer()
        for _ in itertools.repeat(None, number):
            stmt()
        return timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
