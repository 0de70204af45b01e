for s in ['hello world', 'HELLO', 'Hello World', 'hELLO wORLD', "it's a dog's life", 'straße', 'ǅemal', '123abc', '']:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('ß'.upper(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()))
