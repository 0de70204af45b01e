from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=3))[:4], list(product()), list(product([], [1])))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations([1, 2], 3)), list(permutations([])))
print(list(combinations("abcd", 2)), list(combinations(range(4), 0)), list(combinations([1], 2)))
print(list(combinations_with_replacement("ab", 3)))
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({s: dice.count(s) for s in sorted(set(dice))})
words = ["".join(p) for p in permutations("tea")]
print(words, sorted(set(words)) == sorted(words))
for expr in ['product(repeat=-1)', 'permutations("ab", -1)', 'combinations("ab")', 'combinations("ab", -1)',
             'product(1)', 'permutations(5)', 'product("a", repeat="2")', 'combinations(None, 1)']:
    try:
        print(expr, "=", list(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
