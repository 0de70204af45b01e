samples = ["abc", "ABC", "Abc Def", "123", "١٢٣", "½", "²", "12.5", "", " ", "\t\n", "a1",
           "_x", "x_1", "1x", "class", "Ünïcödé", "MiXeD", "hello world", "Hello World", "ⅷ", "\u00a0"]
for s in samples:
    flags = [
        s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
        s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(),
        s.isprintable(), s.isascii(),
    ]
    print(repr(s).ljust(16), "".join("T" if f else "." for f in flags))
