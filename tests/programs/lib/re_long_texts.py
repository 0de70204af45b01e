# re: long texts matched by patterns that recurse once per character or iteration (a repeated group, a repeated alternation) work as in CPython; the type errors for texts that are not str.
import re
import sys
for n in [100, 1000, 10000, 50000]:
    m = re.search(r'(a|b)+c', 'ab' * n + 'c')
    m2 = re.fullmatch(r'(?:ab)*', 'ab' * n)
    m3 = re.match(r'(\w+\s?)*$', 'word ' * (n // 5))
    print(n, m.span(), m.groups(), m2.end(), m3.span(), sys.getrecursionlimit() == 1000)
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'hello big world ' * 2000)[:40], sys.getrecursionlimit() == 1000)
print(len(re.findall(r'(?:[a-z]+ )+', 'abc def ' * 20000)))
for bad in [5, b'x', None]:
    try: re.search('a', bad)
    except TypeError as e: print(e)
print(list(re.finditer('a', 'banana')), re.sub('a', 'o', 'banana'))
try: list(re.finditer('a', 5))
except TypeError as e: print(e)
try: re.findall('a', b'a')
except TypeError as e: print(e)
try: re.split('a', 3)
except TypeError as e: print(e)
try: re.sub('a', 'b', 3)
except TypeError as e: print(e)
