from itertools import (chain, islice, count, cycle, repeat, accumulate, groupby, zip_longest, takewhile,
                       dropwhile, starmap, compress, tee, filterfalse, pairwise)
import operator
print(list(chain("ab", [1], (2,))), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3)), list(islice("ab", 0)))
print(list(islice(cycle("AB"), 5)), list(repeat("x", 3)), list(zip(range(3), repeat(0))), list(islice(count(1.5, 0.5), 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate("abc")))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
for letter, group in groupby(data, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(zip_longest([1, 2], [])))
print(list(takewhile(lambda n: n < 4, [1, 3, 5, 2])), list(dropwhile(lambda n: n < 4, [1, 3, 5, 2])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1])), list(filterfalse(str.isdigit, "a1b2")))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), list(pairwise("abcd")), list(pairwise([1])))
print(count(3), count(2, 0.5), repeat("a", 2), repeat(1))
it = count()
print(next(it), next(it), it)
running = list(accumulate(range(1, 11)))
print(running, list(islice(running, 2, 8, 3)))
for expr in ['islice("a", -1)', 'islice("a", 1, 2, 0)', 'islice("a", "x")', 'count("a")', 'chain(1)', 'list(chain([1], 2))',
             'repeat()', 'list(accumulate([1, "a"]))', 'cycle()', 'tee([], -1)', 'groupby()', 'pairwise()', 'compress("a")']:
    try:
        r = eval(expr)
        print(expr, "=", r if isinstance(r, list) else type(r).__name__)
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
