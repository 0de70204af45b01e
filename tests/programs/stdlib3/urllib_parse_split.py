# urllib.parse: urlsplit/urlparse and back, ports, IPv6 hosts, userinfo, params, the result tuples' properties, geturl, _replace, bytes, errors
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urldefrag,
                          SplitResult, ParseResult, DefragResult, unwrap)
import urllib.parse

urls = [
    'http://www.example.com/path/to/page.html?q=1&r=2#frag',
    'https://user:pa%20ss@Host.Example.COM:8443/a/b;p=1?x=y#top',
    'http://[2001:db8::1]:8080/index',
    'http://[FE80::822a:a8ff:fe49:470c%tESt]:1234/keys',
    'http://[::ffff:192.168.0.1]/',
    'ftp://ftp.example.org/pub/file.txt',
    'file:///etc/passwd',
    'mailto:someone@example.com?subject=hi',
    'urn:isbn:0451450523',
    '//cdn.example.com/lib.js',
    '/relative/path?x#y',
    'relative/path;params',
    'HTTP://EXAMPLE.com:/empty-port',
    'http://user@host',
    'http://:pass@host:0/',
    'http://host:65535',
    '  \x01http://strip.me/ leading',
    'http://ta\tb\nc\rd.com/p\na\tth',
    'path:80',
    '1http://notascheme/',
    'sip:alice@atlanta.com;transport=tcp',
    'tel:+1-201-555-0123;ext=1',
    'http://a/b/c;p1;p2/d;q1;q2',
    'http://example.com/#',
    'http://example.com/?',
    'http://[v7.future]/',
    '',
]
for url in urls:
    s = urlsplit(url)
    p = urlparse(url)
    print(repr(url))
    print('  ', s)
    print('  ', p)
    print('   user=%r pass=%r host=%r port=%r' % (s.username, s.password, s.hostname, s.port))
    print('   geturl', repr(s.geturl()), repr(p.geturl()), repr(urlunsplit(s)), repr(urlunparse(p)))

print(urlsplit('www.example.com/x', scheme='https'))
print(urlsplit('http://x/y#f', allow_fragments=False))
print(urlparse('http://x/y?q#f', 'ftp', False))
print(urlunsplit(('http', 'h', 'p', '', '')), urlunsplit(['', '', '//p', 'q', 'f']), urlunsplit(('file', '', '/x', '', '')))
print(urlunsplit(('mailto', '', 'a@b', '', '')), urlunparse(('http', 'h', '/p', 'a=1', 'q', 'f')))

for bad in ['http://[::1/', 'http://::1]/', 'http://[192.168.0.1]/', 'http://[not-an-ip]/',
            'http://[vX.y]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[::1::2]/', 'http://host\uff0fevil/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print('ValueError:', e)
for netloc in ['host:http', 'host:-1', 'host:70000', 'host:٣']:
    try:
        print(urlsplit('//' + netloc).port)
    except ValueError as e:
        print('ValueError:', e)

r = urlsplit('http://example.com/path?x=1')
r2 = r._replace(scheme='https', query='y=2')
print(type(r2).__name__, r2, r2.geturl())
print(r == ('http', 'example.com', '/path', 'x=1', ''), r[1], len(r), r._fields, r._asdict())
scheme, netloc, *rest = r
print(scheme, netloc, rest)
print(ParseResult._fields, SplitResult('a', 'b', 'c', 'd', 'e').geturl())

d = urldefrag('http://example.com/page#section-2')
print(d, d.url, d.fragment, d.geturl(), urldefrag('http://example.com/page'))
print(urldefrag('http://h/p;a?q#f'), DefragResult('u', '').geturl())

# bytes in, bytes out
b = urlsplit(b'http://user:pw@[::1]:99/p?q#f')
print(b, b.hostname, b.port, b.username, b.password)
print(b.decode(), urlsplit('http://h/x').encode(), urlparse(b'http://h/a;b'), urldefrag(b'x#y'))
print(urlunsplit(b), urlunparse(urlparse(b'http://h/a;b?c')))
try:
    urlsplit(b'http://h/', 'ftp')
except TypeError as e:
    print('TypeError:', e)
print(unwrap('<URL:http://example.com/>'), unwrap('  plain  '))
print(SplitResult[str], urllib.parse.uses_netloc[:4], 'ws' in urllib.parse.uses_relative)
