a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); print(a)
a.insert(0, 10); a.insert(-1, 11); a.insert(100, 12); print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1); print(a)
print(a.index(5), a.index(5, 4), a.count(5), len(a))
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = a.copy(); b.clear(); print(a, b)
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, 3 * [1, 2])
c = [1, 2]; c += [3]; c *= 2; print(c)
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [][0]]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
