for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\tnew\nline', 'back\\slash', 'é', '\x00\x7f', '\u200b', 'emoji 😀', '\ud800']:
    print(repr(s))
print(str('x'), repr(1), repr(1.5), repr(None), repr([1, 'a']), ascii('é😀'))
