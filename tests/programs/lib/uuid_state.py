# uuid: the state a UUID gives for pickling and copying (is_safe by value,
# only when known), restoring from such states, and immutability after it.
import copy
import uuid

base = uuid.UUID("12345678-1234-5678-1234-567812345678")
for safety in uuid.SafeUUID:
    u = uuid.UUID(int=base.int, is_safe=safety)
    state = u.__getstate__()
    print(safety, state)
    for twin in (copy.copy(u), copy.deepcopy(u)):
        print("  ", twin == u, twin.is_safe, twin.int == u.int, twin is u)

blank = uuid.UUID.__new__(uuid.UUID)
blank.__setstate__({'int': 7})
print(blank, blank.is_safe)
blank.__setstate__({'int': 8, 'is_safe': 0})
print(blank, blank.is_safe)
blank.__setstate__({'int': 9, 'is_safe': None})
print(blank, blank.is_safe)
for bad in ({'int': 1, 'is_safe': 5}, {'is_safe': 0}):
    try:
        blank.__setstate__(bad)
    except Exception as exc:
        print(type(exc).__name__, exc)
print(blank)
try:
    blank.int = 3
except TypeError as exc:
    print("TypeError", exc)
print(uuid.UUID(int=3, version=4).__getstate__(), uuid.UUID(int=3, version=4).is_safe)
