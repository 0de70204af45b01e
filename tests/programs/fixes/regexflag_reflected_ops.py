# re's flags combine with plain ints on either side of | & ^ and stay flags (pattern.flags & re.I is re.IGNORECASE).
import re

p = re.compile("x", re.I | re.M)
print(repr(p.flags & re.I), repr(re.I & p.flags), repr(p.flags & re.S))
print(repr(2 | re.M), repr(re.M | 2), repr(10 ^ re.M), repr(re.M ^ 10))
print(bool(p.flags & re.M), bool(p.flags & re.X), isinstance(34 & re.I, int))
