# heapq: the exact list order after each operation, nsmallest/nlargest
# stability with keys, merge (keys, reverse, ties), errors
import heapq, random

rng = random.Random(7)
h = []
for step in range(40):
    op = rng.randrange(5)
    v = rng.randrange(12)
    if op == 0 or not h:
        heapq.heappush(h, v); what = "push %d" % v
    elif op == 1:
        what = "pop -> %d" % heapq.heappop(h)
    elif op == 2:
        what = "replace %d -> %d" % (v, heapq.heapreplace(h, v))
    elif op == 3:
        what = "pushpop %d -> %d" % (v, heapq.heappushpop(h, v))
    else:
        h.append(v); h.reverse(); heapq.heapify(h); what = "heapify"
    print(what, h)

data = [9, 3, 7, 3, 1, 8, 1, 12, 0, 5, 5, 2]
heapq.heapify(data); print(data)
print([heapq.heappop(data) for _ in range(len(data))])

people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25), ("fay", 40)]
for n in (-1, 0, 1, 2, 3, 6, 10):
    print(n, heapq.nsmallest(n, people, key=lambda p: p[1]),
          heapq.nlargest(n, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, iter([5, 2, 8, 2, 9])), heapq.nlargest(2, "hello"))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print(list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge([(1, "a"), (3, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge([7, 5, 1], [9, 5, 2], reverse=True)))
print(list(heapq.merge(["dog", "emu"], ["ant", "cat", "eel"], key=len, reverse=False)))
print(list(heapq.merge(*[[(v // 3, j) for v in (9, 6, 3)] for j in range(3)], key=lambda t: t[0], reverse=True)))

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "think")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))

for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heapify("abc"),
             lambda: heapq.heappush([1], "x")):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(heapq.heappushpop([], 4), heapq.heappushpop([1, 2], 0), heapq.__all__)
