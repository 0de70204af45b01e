# urllib.parse: quote/unquote with unicode and reserved characters, quote_plus, urlencode with doseq, parse_qs/parse_qsl with repeated keys and blanks, urljoin's RFC 3986 examples
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl, urljoin)

for s in ['hello world', 'a/b/c', 'café', '€100 & more', '𝄞 clef', '~user_name-1.0',
          "!*'();:@&=+$,/?#[]", '100%', '', 'tab\there', 'ü/ü']:
    print(repr(s), quote(s), quote(s, safe=''), quote(s, safe='/:?=&'), quote_plus(s), quote_plus(s, safe='/'))
print(quote('café', encoding='latin-1'), quote('caf€', encoding='latin-1', errors='replace'))
print(quote(b'\x00\xff bytes/'), quote_from_bytes(b'a b', safe=b' '), quote_from_bytes(bytearray(b'/x y')))
print(quote('é', safe='é'), quote_plus(b'a b+c'), quote_plus('a b', safe=b'+'.decode()))
for bad in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'),
            lambda: quote_from_bytes('str'), lambda: quote(5), lambda: quote('é', encoding='ascii')]:
    try:
        print(bad())
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__ + ':', e)

for s in ['hello%20world', 'caf%C3%A9', 'caf%E9', '%zz%2', '%', '%%41', 'a+b%2Bc', 'é%C3%A9é', '%F0%9F%98%80',
          '%ED%A0%80', 'no escapes', '%e2%82%ac', '%C3']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, 'latin-1')),
          repr(unquote(s, errors='strict') if '%E9' not in s and '%ED' not in s and s != '%C3' else '-'))
print(unquote(b'a%20b'), unquote_to_bytes(''), unquote_to_bytes(b'%41%4a%4A'), repr(unquote('')))
try:
    unquote('%E9', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)

print(urlencode({'q': 'python urllib', 'lang': 'en', 'n': 10}))
print(urlencode([('a', 1), ('a', 2), ('b', 'x&y=z')]))
print(urlencode({'tags': ['x', 'y z'], 'id': 7, 'none': None}, doseq=True))
print(urlencode({'tags': ['x', 'y z'], 't': ('a',)}))
print(urlencode({'s': 'abc', 'b': b'\xff', 'n': 3, 'set': 'é'}, doseq=True))
print(urlencode({'path': '/a/b c'}, safe='/'), urlencode({'p': 'a b/c'}, quote_via=quote))
print(urlencode({b'k': b'v w'}), urlencode({'é': 'ü'}, encoding='latin-1'), urlencode([]), urlencode({}))
for bad in ['abc', [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError:', e, '| cause:', type(e.__cause__).__name__)

qs = 'a=1&b=2&a=3&empty=&flag&c=%20x+y&d=caf%C3%A9&=nokey&e=1=2'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl('a=1;b=2'), parse_qsl(''), parse_qs('&&'))
print(parse_qsl(b'x=1&y=%41'), parse_qs(b'k=v&k=w'), parse_qsl('a=%E9', encoding='latin-1'))
for args in [('a=1&b', True), ('a=1&&b=2', True)]:
    try:
        parse_qsl(args[0], strict_parsing=args[1])
    except ValueError as e:
        print('ValueError:', e)
try:
    parse_qsl('a=1&b=2&c=3', max_num_fields=2)
except ValueError as e:
    print('ValueError:', e)
print(parse_qsl('a=1&b=2', max_num_fields=2))
for sep in ['', None, 5]:
    try:
        parse_qsl('a=1', separator=sep)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://example.com/dir/', 'sub//x'), urljoin('http://h', 'x'), urljoin('', 'x'), urljoin('http://h/a', ''))
print(urljoin('http://h/a/b', 'http://other/c'), urljoin('mailto:a@b', 'c'), urljoin('http://h/a#f', '#g', allow_fragments=False))
print(urljoin(b'http://h/a/b', b'../c'), urljoin('ftp://h/x/', 'y'), urljoin('file:///a/b', 'c'))
