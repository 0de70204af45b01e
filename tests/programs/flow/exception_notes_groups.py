try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("input was 'x'")
    print(e.__notes__)

def work(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

errors = []
for n in range(4):
    try:
        work(n)
    except Exception as e:
        errors.append(e)
group = ExceptionGroup("several failures", errors)
print(group)
print(repr(group.exceptions))
try:
    raise group
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(x) for x in eg.exceptions])

match, rest = group.split(ValueError)
print(match.exceptions, rest.exceptions)
sub = group.subgroup(lambda e: "3" in str(e))
print(sub)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(e)
eg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(eg).__name__)
eg2 = BaseExceptionGroup("base", [ValueError()])
print(type(eg2).__name__)
