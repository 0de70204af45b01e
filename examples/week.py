# Why is `7 * 86400` faster than a variable?  The compiler folds the
# constant expression into one constant; the variable costs a store and a
# load at every call.  Compare them with `pycomp --dis examples/week.py`.

def seconds_per_week_slow():
    seconds_per_day = 86400
    return seconds_per_day * 7


def seconds_per_week_fast():
    return 7 * 86400


print(seconds_per_week_slow())
print(seconds_per_week_fast())
print(seconds_per_week_slow() == seconds_per_week_fast())
