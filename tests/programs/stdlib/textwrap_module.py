import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, used to test "
        "typewriters and computer keyboards, and in other applications involving all of the letters "
        "in the English alphabet. Supercalifragilisticexpialidocious is long.")
for w in (20, 35, 50):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 60), '|', textwrap.shorten('Hello  world!', width=11))
print(repr(textwrap.dedent('''
    def f():
        return 1
    ''')))
print(textwrap.indent('a\nb\n\nc', '> '), textwrap.wrap('', 10), textwrap.wrap('short', 10))
print(textwrap.fill('aaaaaaaaaaaaaaaaaaaaaaaaa bbb', 10), textwrap.wrap('x ' * 10, 7, max_lines=2))
print(textwrap.wrap('tab\tseparated\twords', 12), textwrap.wrap('self-contained well-behaved mother-in-law', 10))
