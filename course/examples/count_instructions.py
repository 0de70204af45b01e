"""How many bytecode instructions does CPython run for a call?  Counted
with sys.settrace, which can report every instruction ("opcode" events)."""
import sys


def count_instructions(function, *args):
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        frame.f_trace_opcodes = True
        if event == "opcode":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        function(*args)
    finally:
        sys.settrace(None)
    return count


def folded():
    return 7 * 86400


def variable():
    seconds_per_day = 86400
    return seconds_per_day * 7


def loop_in_python(n):
    total = 0
    for i in range(n):
        total += i
    return total


def loop_in_c(n):
    return sum(range(n))


for function in (folded, variable):
    print(f"{function.__name__:15} {count_instructions(function):5} instructions")
for n in (10, 100, 1000):
    for function in (loop_in_python, loop_in_c):
        print(f"{function.__name__:15} {count_instructions(function, n):5} instructions for n = {n}")
