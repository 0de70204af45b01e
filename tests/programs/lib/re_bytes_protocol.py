# re on bytes in use: an HTTP-like request parsed with bytes regexes (request line, headers, chunked body), a PNG-like binary header scanned for chunks, and a latin-1 file's contents rewritten with re.sub; compared with python3.
import re

request = (b'POST /upload?id=42&name=caf%C3%A9 HTTP/1.1\r\n'
           b'Host: example.org\r\n'
           b'Content-Type: text/plain; charset=latin-1\r\n'
           b'X-Note:  caf\xe9 au lait \r\n'
           b'Transfer-Encoding: chunked\r\n'
           b'\r\n'
           b'5\r\nhello\r\n7\r\n, w\xf6rld\r\n0\r\n\r\n')

head, _, body = request.partition(b'\r\n\r\n')
line_re = re.compile(rb'(?P<method>[A-Z]+) (?P<path>[^ ?]+)(?:\?(?P<query>\S*))? HTTP/(?P<version>\d\.\d)')
header_re = re.compile(rb'^(?P<name>[!#$%&\'*+.^_`|~\w-]+):[ \t]*(?P<value>.*?)[ \t]*$', re.M)
lines = head.split(b'\r\n')
m = line_re.fullmatch(lines[0])
print(m.groupdict(), m.span('path'))
print(dict(re.findall(rb'([^&=]+)=([^&]*)', m['query'])))
print(re.sub(rb'%([0-9A-Fa-f]{2})', lambda h: bytes([int(h[1], 16)]), m['query']).decode('utf-8'))
headers = {}
for hm in header_re.finditer(b'\n'.join(lines[1:])):
    headers[hm['name'].lower()] = hm['value']
print(headers)
print(re.search(rb'charset=([\w-]+)', headers[b'content-type']).group(1).decode())

# the chunked body: a hex size, CRLF, that many bytes, CRLF
chunk_re = re.compile(rb'([0-9a-fA-F]+)\r\n')
pos, data = 0, bytearray()
while True:
    cm = chunk_re.match(body, pos)
    size = int(cm[1], 16)
    if size == 0:
        break
    data += body[cm.end():cm.end() + size]
    pos = cm.end() + size + 2
print(bytes(data), data.decode('latin-1'))

# a binary header: 8 signature bytes, then chunks of length, type, data, crc
png = (b'\x89PNG\r\n\x1a\n' + b'\x00\x00\x00\x0dIHDR' + bytes(13) + b'\xde\xad\xbe\xef' +
       b'\x00\x00\x00\x04tEXt' + b'k=v\xff' + b'\x01\x02\x03\x04' +
       b'\x00\x00\x00\x00IEND' + b'\xae\x42\x60\x82')
print(re.match(rb'\x89PNG\r\n\x1a\n', png) is not None)
chunk = re.compile(rb'(?s)(.{4})([A-Za-z]{4})')
pos = 8
while pos < len(png):
    cm = chunk.match(png, pos)
    length = int.from_bytes(cm[1], 'big')
    print(cm[2], length, png[cm.end():cm.end() + length], cm.span())
    pos = cm.end() + length + 4
print(re.findall(rb'[\x00-\x08\x0e-\x1f\x7f-\xff]+', png)[:4])
print(re.sub(rb'[^\x20-\x7e]', lambda c: b'\\x%02x' % c[0][0], png[:16]))

# a latin-1 file rewritten: words with accents upper-cased (ASCII rules leave \xe9 alone)
text = 'Le caf\xe9 de la gare, \xe0 c\xf4t\xe9 du th\xe9\xe2tre.\n'.encode('latin-1') * 2
print(re.sub(rb'\b\w+\b', lambda w: w[0].upper(), text))
print(re.sub(rb'(?i)CAF\xe9', b'bar', text).decode('latin-1'))
print(re.subn(rb'[\xe0-\xff]', b'?', text))
print(re.split(rb'[,.]\s*', text), re.findall(rb'(\w+)\xe9', text))
print([m.span() for m in re.finditer(rb'(?m)^Le', text)], re.escape(text[:12]))
