# itertools: every function, their argument errors and reprs, and the documented recipes built on them
import itertools as it
from itertools import *
import operator
import collections

print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), list(islice(count(10, -3), 4)), repr(count(5)), repr(count(1, 2)), repr(count(1.0)), repr(count(0, 1.5)))
c = count(3); next(c); print(repr(c))
print(list(islice(cycle("abc"), 7)), list(repeat("x", 3)), repr(repeat(1, 2)), repr(repeat("a")), list(repeat(0, -1)))
r = repeat(1, 3); next(r); print(repr(r), operator.length_hint(r))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(chain("ab", [1, 2])), list(chain.from_iterable(["xy", "z"])), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])), [(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")], [(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)), list(islice("ABC", None)), list(islice(range(10), 1, 8, 3)))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), len(tee("ab", 3)), tee([], 0))
print(list(product("AB", "xy")), list(product(range(2), repeat=3))[:4], list(product()), list(product("ab", [])))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("a", 0)))
g = groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0])
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
for bad in [lambda: islice("abc", -1), lambda: islice("abc", 1, 2, 0), lambda: islice("abc", "x"), lambda: combinations("abc", -1), lambda: permutations("abc", -2), lambda: repeat(), lambda: count("a"), lambda: product("ab", repeat=-1), lambda: tee([], -1), lambda: chain(1).__next__(), lambda: accumulate(), lambda: starmap(pow, [1]).__next__(), lambda: zip_longest([1], fill=0), lambda: pairwise()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def take(n, iterable):
    return list(islice(iterable, n))
def tabulate(function, start=0):
    return map(function, count(start))
def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))
def sumprod(vec1, vec2):
    return sum(starmap(operator.mul, zip(vec1, vec2, strict=True)))
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def sliding_window(iterable, n):
    it_ = iter(iterable)
    window = collections.deque(islice(it_, n - 1), maxlen=n)
    for x in it_:
        window.append(x)
        yield tuple(window)
def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def random_product_free(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    return [pool[len(pool) // 2] for pool in pools]
def triplewise(iterable):
    for (a, _), (b, c) in pairwise(pairwise(iterable)):
        yield a, b, c
def batched(iterable, n):
    it_ = iter(iterable)
    while batch := tuple(islice(it_, n)):
        yield batch
def polynomial_eval(coefficients, x):
    n = len(coefficients)
    if n == 0:
        return x * 0
    powers = map(pow, repeat(x), reversed(range(n)))
    return sumprod(coefficients, powers)
def before_and_after(predicate, it_):
    it_ = iter(it_)
    transition = []
    def true_iterator():
        for elem in it_:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return
    def remainder_iterator():
        yield from transition
        yield from it_
    return true_iterator(), remainder_iterator()

print(take(3, tabulate(lambda x: x * x, 1)), nth(range(10), 3), nth("ab", 5, "none"), all_equal("aaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 3, 0], bool))
i = iter(range(10)); consume(i, 3); print(next(i)); consume(i); print(next(i, "done"))
print(list(ncycles("ab", 3)), sumprod([1, 2, 3], [4, 5, 6]), list(flatten([[1, 2], [3], []])))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError", e)
print(list(roundrobin("ABC", "D", "EF")), [list(p) for p in partition(lambda x: x % 2, range(10))], list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)), list(iter_except([1, 2, 3].pop, IndexError)), first_true([0, None, 7, 8]), first_true([], "dflt"), first_true(range(10), pred=lambda x: x > 4))
print(list(triplewise("ABCDEFG")), list(batched("ABCDEFG", 3)), polynomial_eval([1, -4, -17, 60], 2.5), random_product_free("abc", "de", repeat=2))
all_upper, remainder = before_and_after(str.isupper, "ABCdEfGhI")
print("".join(all_upper), "".join(remainder))
print([k for k, _ in groupby([])], list(zip(*[iter("abcdef")] * 2)), sorted(map("".join, permutations("aab"))), list(dict.fromkeys(map("".join, permutations("aab")))))
gb = groupby("aab"); k, grp = next(gb); next(gb); print(k, list(grp))
print(type(count()).__name__, type(chain()).__name__, type(groupby("")).__name__, chain.__module__ if hasattr(chain, "__module__") else "?", it.__name__)
