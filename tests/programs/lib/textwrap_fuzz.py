# textwrap: random paragraphs (hyphens, em-dashes, long words, sentence
# ends, tabs) wrapped with every option, shorten, dedent and indent.
import random
import textwrap

random.seed(99)
pieces = ['word', 'well-known', 'x-y', '--', 'a--b', 'end.', 'Yes!', 'quote."', 'super-long-hyphenated-compound',
          'antidisestablishmentarianism', '\t', '  ', 'e.g.', '3-4', '-lead', 'trail-', 'UPPER', 'x' * 25, 'm-n-o-p']
for trial in range(60):
    text = ' '.join(random.choice(pieces) for _ in range(random.randint(1, 30)))
    options = dict(width=random.randint(1, 40), break_long_words=random.random() < 0.7,
                   break_on_hyphens=random.random() < 0.7, drop_whitespace=random.random() < 0.8,
                   fix_sentence_endings=random.random() < 0.3, expand_tabs=random.random() < 0.8,
                   replace_whitespace=random.random() < 0.8, tabsize=random.choice([2, 4, 8]),
                   initial_indent=random.choice(['', '* ', '>>> ']), subsequent_indent=random.choice(['', '  ']))
    if random.random() < 0.3:
        options['max_lines'] = random.randint(1, 4)
        options['placeholder'] = random.choice([' [...]', '...', ' ~'])
    try:
        print(options['width'], textwrap.wrap(text, **options))
    except ValueError as e:
        print('ValueError', e)
    try:
        print(repr(textwrap.shorten(text, width=random.randint(8, 50))))
    except ValueError as e:
        print('ValueError', e)
wrapper = textwrap.TextWrapper(width=20, initial_indent='- ')
print(wrapper.fill('one two three four five six seven eight nine ten'), wrapper.width, wrapper.placeholder, wrapper.tabsize)
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.dedent('\ta\n    b')), repr(textwrap.dedent('  x\n \n  y')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n b\n', '+', lambda line: True)))
for bad in [lambda: textwrap.wrap('x', width=0), lambda: textwrap.wrap('abc def', width=3, max_lines=1, placeholder='[...long]')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
