tests = ['abc', 'ABC', 'Abc', 'a1', '123', '١٢٣', '½', '²', ' ', '\t\n', '', 'Hello World', 'hello_world', '_x1', '1x', 'class', 'ǅ', 'abc\x00']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
