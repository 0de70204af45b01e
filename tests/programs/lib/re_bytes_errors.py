# re on bytes: the errors of mixing str and bytes (patterns, subjects, templates, what a replacement function returns), of flags (UNICODE, LOCALE, ASCII), of bad bytes patterns and templates (messages with bytes >= 0x80, positions, lines), and the DeprecationWarning of a non-ASCII group name; compared with python3.
import re
import warnings


def attempt(label, f):
    try:
        result = f()
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)
    except re.error as e:
        print(label, 'error:', e, '|', repr(e.msg), repr(e.pattern), e.pos, e.lineno, e.colno)
    else:
        print(label, repr(result))


# a bytes pattern on str, a str pattern on bytes
attempt('b on s', lambda: re.match(b'a', 'a'))
attempt('s on b', lambda: re.match('a', b'a'))
attempt('s on ba', lambda: re.search('a', bytearray(b'a')))
attempt('s on mv', lambda: re.findall('a', memoryview(b'a')))
attempt('b on int', lambda: re.match(b'a', 5))
attempt('b on list', lambda: re.compile(b'a').finditer([97]))
attempt('b split s', lambda: re.split(b',', 'a,b'))
attempt('b sub s', lambda: re.sub(b'a', b'b', 'a'))
attempt('s sub b', lambda: re.sub('a', 'b', b'a'))
attempt('bytearray pattern', lambda: re.compile(bytearray(b'a')))
attempt('memoryview pattern', lambda: re.compile(memoryview(b'a')))
attempt('int pattern', lambda: re.compile(5))

# replacements of the other type
attempt('str repl', lambda: re.sub(b'b', 'x', b'aab'))
attempt('str repl first', lambda: re.sub(b'a', 'x', b'aab'))
attempt('str repl no match', lambda: re.sub(b'z', 'x', b'aab'))
attempt('str repl escape', lambda: re.sub(b'b', 'x\\n', b'aab'))
attempt('str repl group', lambda: re.sub(b'(a)', '\\1', b'xaz'))
attempt('str repl group text', lambda: re.sub(b'(a)', '-\\1', b'xaz'))
attempt('str repl text group', lambda: re.sub(b'(a)(b)?', '\\2-', b'xaz'))
attempt('bytes repl', lambda: re.sub('b', b'x', 'aab'))
attempt('bytes repl group', lambda: re.sub('(a)', b'\\1', 'xaz'))
attempt('bytes repl text', lambda: re.sub('(a)', b'[\\1]', 'xaz'))
attempt('int repl', lambda: re.sub(b'a', 5, b'a'))
attempt('None repl', lambda: re.sub('a', None, 'a'))
attempt('bytearray repl', lambda: re.sub(b'(a)', bytearray(b'[\\1]'), b'a'))
attempt('func str', lambda: re.sub(b'b', lambda m: 'x', b'aab'))
attempt('func int', lambda: re.sub(b'a', lambda m: 3, b'aab'))
attempt('func bytes', lambda: re.sub('a', lambda m: b'x', 'aab'))
attempt('func None', lambda: re.sub('a', lambda m: None, 'aab'))
attempt('expand str', lambda: re.match(b'(a)', b'a').expand('<\\1>'))
attempt('expand str text', lambda: re.match(b'a', b'a').expand('x'))
attempt('expand bytes', lambda: re.match('(a)', 'a').expand(b'<\\1>'))
attempt('expand mv subject', lambda: re.match(b'(a)', memoryview(b'a')).expand(b'x\\1'))
attempt('expand int', lambda: re.match('a', 'a').expand(5))

# flags
attempt('b U', lambda: re.compile(b'a', re.U))
attempt('b (?u)', lambda: re.compile(b'(?u)a'))
attempt('b (?au)', lambda: re.compile(b'(?au)a'))
attempt('b A L', lambda: re.compile(b'a', re.A | re.L))
attempt('b (?L) A', lambda: re.compile(b'(?L)a', re.A))
attempt('b (?aL)', lambda: re.compile(b'(?aL)a'))
attempt('b (?La)', lambda: re.compile(b'(?La)a'))
attempt('b (?-L:)', lambda: re.compile(b'(?-L:a)'))
attempt('b (?L:)', lambda: re.compile(b'(?L:a)'))
attempt('b bad then U', lambda: re.compile(b'(a', re.U))
attempt('s L', lambda: re.compile('a', re.L))
attempt('s (?L)', lambda: re.compile('(?L)a'))
attempt('s (?iL)', lambda: re.compile('(?iL)a'))
attempt('s A U', lambda: re.compile('a', re.A | re.U))
attempt('s (?a) U', lambda: re.compile('(?a)a', re.U))
attempt('s (?-a:)', lambda: re.compile('(?-ia:a)'))
attempt('flags', lambda: [re.compile(b'a', f).flags for f in (0, re.I, re.L, re.A, re.M | re.S | re.X)])
attempt('inline flags', lambda: [re.compile(p).flags for p in (b'(?i)a', b'(?L)a', b'(?a)a', b'(?s)(?m)a', b'(?x) a')])
attempt('global flags later', lambda: re.compile(b'a(?i)b'))
attempt('global flags in group', lambda: re.compile(b'((?i)b)'))
attempt('global flags after |', lambda: re.compile(b'a|(?i)b'))
attempt('global flags after comment', lambda: re.compile(b'(?#c)(?i)(?m)B$').match(b'b'))

# bad patterns
for pattern in (b'(a', b'a)', b'[a', b'\\', b'a**', b'*a', b'a{3,2}', b'\\q', b'\\u0041', b'\\U00000041',
                b'\\N{DIGIT ONE}', b'[\\u0041]', b'\\x4', b'\\x4g', b'[b-a]', b'[\xff-\x80]',
                b'[\\xff-\\x80]', b'[\\101-\\100]', b'[\\n-\\t]', b'[\\w-z]', b'\\777', b'[\\400]',
                b'[\\8]', b'(a)\\2', b'(?P<1a>x)', b'(?P<a\xe9-b>x)', b'(?P<a>x)(?P<a>y)',
                b'(?P=zz)', b'(?\xff)', b'(?<\xe9x)', b'(?P\xe9)', b'x\n(y\nz', b'(?i', b'(?z)',
                b'(?<=a+)b', b'(a)(?(1)b)' if False else b'(?#x', b'\xe9\n\xe9(', b'a{1,2}{3}'):
    attempt(pattern, lambda: re.compile(pattern))

# bad templates
for template in (b'\\', b'\\q', b'\\x41', b'\\g', b'\\g<', b'\\g<1', b'\\g<>', b'\\g<2>', b'\\3',
                 b'\\g<x>', b'\\g<a\xe9->', b'\\g<-1>', b'\\400', b'\\\xe9', b'x\n\\q', b'\\g<\xb2>'):
    attempt(template, lambda: re.sub(b'(a)', template, b'a'))
attempt('unknown name', lambda: re.match(b'(?P<n>a)', b'a').expand(b'\\g<m>'))

# 3.11 still takes a group name not ASCII in bytes, and numbers with a sign
# or spaces in a template, with a DeprecationWarning pointing at the caller
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    attempt('name \\xe9', lambda: re.compile(b'(?P<\xe9t\xe9>x)(?P=\xe9t\xe9)').groupindex)
    attempt('template name', lambda: re.sub(b'(?P<\xe9>a)', b'[\\g<\xe9>]', b'xa'))
    attempt('template number', lambda: re.sub('(a)', '[\\g< 1>\\g<+1>]', 'xa'))
    attempt('template bytes number', lambda: re.sub(b'(a)', b'[\\g<\xa01>]', b'xa'))
for w in caught:
    print(w.category.__name__, w.message, w.lineno, w.filename == __file__)
# (shown on stderr once: __main__'s DeprecationWarnings are shown)
re.purge()
print(re.compile(b'(?P<\xe0>x)').groupindex)
