# traceback.format_exception(group, limit=N) keeps N entries of each traceback in the group, its members and their chains, and no header when none is kept.
import traceback


def inner(n):
    if n:
        return inner(n - 1)
    raise ValueError("deep")


def collect():
    errors = []
    for n in (0, 2):
        try:
            inner(n)
        except ValueError as e:
            errors.append(e)
    try:
        raise ExceptionGroup("several", errors)
    except ExceptionGroup as eg:
        raise RuntimeError("wrapped") from eg


def strip_paths(text):
    return "\n".join(line.replace(__file__, "FILE") for line in text.splitlines())


try:
    collect()
except RuntimeError as e:
    for limit in (1, 0, -1, None):
        print(f"--- limit={limit}")
        print(strip_paths("".join(traceback.format_exception(e, limit=limit))))
