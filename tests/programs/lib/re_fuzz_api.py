# re: substitution templates (groups by number and name, escapes, functions, bad references), split with maxsplit, Match methods, pos/endpos clamping, escape(), and the errors of bad patterns; compared with python3.
import random
import re
import sys
random.seed(13)
patterns = [r'(a)(b)?', r'(?P<x>\w)(?P<y>\d)?', r'(\w+)@(\w+)\.com', r'(a|b)\1', r'(?P<q>["\']).*?(?P=q)', r'\s+', r'(?i)AB', r'(?m)^\w',
            r'(?s)a.b', r'(?x) a \s* b  # comment', r'[\u00e9-\u00ff]+', r'(?a)\w+', r'\bx\w*', r'(\d+)-(\d+)', r'(?:ab)+?', r'a{,2}', r'a{2,}?',
            r'[]a]', r'[^]a]', r'[a\]]+', r'[\w.-]+', r'(?<=\d)(?=(\d{3})+$)', r'(?P<w>\w+) (?P=w)', r'x*', r'', r'$', r'(a)|(b)', r'\\', r'\t|\n']
texts = ['ab a abb', 'x1y22z', 'mail bob@example.com and al@test.com', 'aa bb ab ba', '"quoted" \'single\' "mix\'', '  two  spaces ',
         'AB ab Ab', 'line1\nline2\nx', 'a\nb a-b', 'été ÿ ok', '1234567', 'the the cat cat', 'xyz xx x', '', 'a]]b', 'path/to-file.txt', 'a\tb\nc']
templates = [r'<\1>', r'\g<0>!', r'[\g<1>]', r'\\', r'-', r'\n', lambda m: m.group(0).upper(), lambda m: str(len(m.group())), r'\g<x>' ]
for trial in range(300):
    pattern = random.choice(patterns)
    text = random.choice(texts)
    rx = re.compile(pattern)
    out = []
    for template in random.sample(templates, 3):
        try:
            out.append(rx.subn(template, text, count=random.choice([0, 1, 2])))
        except (re.error, IndexError) as e:
            out.append((type(e).__name__, str(e)))
    out.append(rx.split(text, maxsplit=random.choice([0, 1, 3])))
    m = rx.search(text)
    if m:
        out.append((m.group(), m.groups(default='-'), m.groupdict(), m.span(), m.lastindex, m.lastgroup, m.start(0), m.end(), m.re.pattern, m.string == text, m.pos, m.endpos))
        for g in range(rx.groups + 1):
            out.append((m.span(g), m.group(g)))
        try:
            out.append(m.expand(r'\g<0>|\1'))
        except (re.error, IndexError) as e:
            out.append((type(e).__name__, str(e)))
        out.append(m[0])
    out.append([m.span() for m in rx.finditer(text, random.randint(0, 3), random.randint(3, 30))])
    out.append(rx.match(text, 1) is not None)
    print(trial, repr(pattern), repr(text), out)
print(re.escape('a.b*c?d[e]f{g}h(i)j|k^l$m\\n o\tp-q#r&s~t'), re.escape('ünï'), re.escape(''))
print(re.sub('a', 'b', 'aaa', 2), re.subn(r'(?P<n>x)', r'\g<n>\g<n>', 'axbx'), re.split(r'(,)', 'a,b,,c'), re.findall(r'(a)(b)?', 'ab a'))
print(re.fullmatch(r'\d+', '123').group(), re.match(r'\d', 'x'), re.search('^b', 'a\nb', re.M).span(), repr(re.compile(r'a+', re.I)))
print(re.compile('(?P<first>a)(?P<second>b)').groupindex, re.compile('(a)(b)(c)').groups, re.compile('abc').flags == re.compile('abc').flags)
for bad in [r'(', r'a**', r'[z-a]', r'(?P<1>a)', r'\k', r'(?<=a+)b', r'x{3,2}', r'(?P=nope)', r'\1', r'[\d-z]']:
    try:
        re.compile(bad)
        print('ok', bad)
    except re.error as e:
        print('error', repr(bad), e)
import re
m = re.compile('$').match('', 1); print(m.pos, m.endpos, m.span())
m = re.compile('a').search('bab', -5, 99); print(m.pos, m.endpos)
print(re.compile('a').search('bab', 2, 1), list(re.compile('').finditer('ab', 3, 1)), re.compile('').search('ab', 2, 1))
m = re.compile('').match('ab', 5, -3); print(m, m and (m.pos, m.endpos))
