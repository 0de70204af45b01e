s = 'héllo €'
b = s.encode()
print(b, len(b), b.decode(), s.encode('utf-8') == b)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), b'caf\xc3\xa9'.decode('utf-8'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print(b'\xff'.decode('utf-8', 'replace'), 'é'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'replace'))
