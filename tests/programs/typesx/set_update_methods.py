# The set update methods with several arguments: intersection_update is
# all or nothing, the others change the set argument by argument.
s = {1, 2, 3}
try: s.intersection_update([1, 2], 5)
except TypeError as e: print(e, s)
s.intersection_update([1, 2], (2, 3, 1)); print(s)
s.intersection_update(); print(s)
class S(set): pass
t = S({1, 2}); t.intersection_update({2}); print(t, type(t).__name__)
s = {1, 2, 3}
try: s.difference_update([1], 5)
except TypeError as e: print(e, s)
try: s.update([9], 5)
except TypeError as e: print(e, sorted(s))
