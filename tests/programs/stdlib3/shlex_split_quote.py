# shlex: split with quotes, escapes and comments, quote/join round trips, the shlex class in POSIX and classic modes, punctuation_chars, errors
import shlex

lines = [
    'ls -l "my file.txt" \'single quoted\'',
    r'echo a\ b "c\"d" \'e\\f\'',
    r'echo "a\\b" "a\b" "a\$b" \x',
    'cmd --opt=val # a comment',
    'a"b c"d e\'f g\'h',
    '""  \'\'  x',
    '  leading and trailing  ',
    '',
    'tab\tseparated\nnew line',
    'naïve café',
    'x=1 y="2 3"; echo $x|wc',
]
for line in lines:
    print(repr(line))
    print('  split:', shlex.split(line))
    print('  comments:', shlex.split(line, comments=True))
    print('  classic:', shlex.split(line, posix=False))

for bad in ['"unterminated', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)

words = ['plain', 'two words', "it's", '', '$HOME', 'a"b', 'x*y', '--flag=1', 'tab\there', 'ünï', '@%+=:,./-']
for w in words:
    print(repr(w), '->', shlex.quote(w))
cmd = shlex.join(words)
print(cmd)
print(shlex.split(cmd) == words)

# the class, classic mode: quotes stay, other characters are tokens of their own
lex = shlex.shlex('a = "b c" + foo(1, 2); # done\nnext line')
print(list(lex))
lex = shlex.shlex('one two three')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))

# POSIX mode: eof is None, lineno counts lines
lex = shlex.shlex('first\nsecond "third\nline"\nfourth', posix=True)
while True:
    tok = lex.get_token()
    if tok is lex.eof:
        break
    print(lex.lineno, repr(tok))

# whitespace_split and custom character sets
lex = shlex.shlex('key1=val1,key2=val2', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a:b:c', posix=True)
lex.wordchars += ':'
print(list(lex))
lex = shlex.shlex("it's % a comment\nnext", posix=True)
lex.commenters = '%'
lex.quotes = '"'
print(list(lex))

# punctuation_chars
for text in ['a && b || c; d > out.txt 2>&1', 'ls|grep x', '(cd dir; make)', 'echo ~/file.*']:
    lex = shlex.shlex(text, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    print(list(lex))
print(list(shlex.shlex('a<<b>>c', punctuation_chars='<>')))
print(repr(shlex.shlex('', punctuation_chars=True).punctuation_chars))

lex = shlex.shlex('x', infile='config.txt')
print(lex.error_leader(), lex.error_leader('other', 7))
lex = shlex.shlex('a b')
lex.push_source('inner stream')
print(list(lex))
