import re
print(re.match(r'\d+', '123abc'), re.match(r'\d+', 'abc'), re.search(r'[a-z]+', '123abc456').group())
m = re.search(r'(\w+)@(\w+)\.com', 'mail: alice@example.com today')
print(m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(1), m[1])
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.groupdict(), m.group('last'), m.lastindex, m.lastgroup)
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c3'), re.findall(r'(\w+)=(\d+)?', 'x=1 y= z=3'))
print(re.sub(r'\s+', ' ', 'a   b \t c'), re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2'))
print(re.subn('a', 'b', 'banana'), re.sub('a', 'X', 'banana', count=2), re.sub(r'(?P<n>\d+)', r'<\g<n>>', 'a12b3'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b,c'), re.split(r'\s+', '  lead trail  '), re.split('x', 'axbxc', maxsplit=1))
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234'), re.fullmatch(r'\d{3}', '1234'))
print(re.findall(r'a*', 'baaac'), re.sub('x*', '-', 'abc'), re.split('x*', 'axbc'))
print(re.findall(r'\bcat\b', 'cat concat cat. bobcat'), re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'\w+$', 'one\ntwo', re.M))
print(re.findall(r'a.c', 'abc a\nc', re.S), re.findall(r'a.c', 'abc a\nc'), re.findall('hello', 'Hello HELLO hello', re.I))
print(re.match(r'(a|b)*c', 'ababc').group(), re.match(r'(a+?)(a*)', 'aaaa').groups(), re.match(r'<.*?>', '<a><b>').group(), re.match(r'<.*>', '<a><b>').group())
print(re.search(r'(\w)\1', 'abccd').group(), re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now').group())
print(re.findall(r'\w+(?=!)', 'hi! bye. wow!'), re.findall(r'(?<=\$)\d+', 'cost $30 or $45'), re.findall(r'\d+(?!px)', '10px 20em 30'), re.findall(r'(?<!-)\b\d+', '-5 6 -7 8'))
print(re.compile(r'\d+'), re.compile('a', re.I | re.M), re.I, re.I | re.S, re.escape('a.b*c?'), re.compile(r'(a)(b)').groups)
pat = re.compile(r'''
    (?P<key>\w+)   # the key
    \s*=\s*
    (?P<value>[^;]+)
''', re.X)
print([m.groupdict() for m in pat.finditer('a = 1; b= two;c =3')])
print(re.match(r'(?i)abc', 'ABC'), re.match(r'x{2,3}', 'xxxx').group(), re.match(r'x{2,}', 'xxxxx').group(), re.match(r'x{,2}', 'xxx').group())
print(re.search(r'[^aeiou\s]+', 'aei xyz').group(), re.findall(r'[\d.]+', '1.5 and 22'), re.findall(r'[a-cx-z]', 'abcdxyz'))
tokens = re.findall(r'\d+\.\d+|\d+|[-+*/()]|\w+', '3.14 * (x + 42) - y')
print(tokens)
m = re.match(r'(\d+)-(\d+)?', '12-')
print(m.groups(), m.groups('none'), m.group(2))
for bad in ['(', 'a)', '*a', '[a', r'\1', 'a{2,1}']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), 'error:', e)
print(bool(re.match('', '')), re.match('a?', 'b').span(), list(re.finditer(r'\d', 'a1b2'))[1].group())
print(re.sub(r'^', '> ', 'l1\nl2', flags=re.M), re.findall(r'\S+', ' a bb  ccc '), re.search(r'\d$', '12\n').group())
