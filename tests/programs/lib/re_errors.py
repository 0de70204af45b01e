# re: the errors of bad patterns: message, msg, pos, lineno, colno (with the line and column in the message for a pattern of several lines).
import re
for pattern in ['a(b', 'x\n(y', '[a', 'a{2,1}', '(?P<1>x)', 'a)', '*', 'a\n\nb)']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(str(e)), e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
e = re.error('plain')
print(str(e), e.pos, e.lineno, e.colno, re.error.__module__, re.error.__name__, hasattr(re, 'PatternError'))
