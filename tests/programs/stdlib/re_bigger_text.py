import re
text = ('The quick brown fox jumps over the lazy dog. ' * 200) + 'END'
words = re.findall(r'\b\w+\b', text)
print(len(words), len(re.findall(r'o\w*', text)), len(re.sub(r'\s+', '_', text)), re.search(r'END$', text).span())
lines = '\n'.join(f'2024-01-{i % 28 + 1:02d} INFO user{i} logged in from 10.0.{i % 256}.{i % 7}' for i in range(500))
ips = re.findall(r'(\d+\.\d+\.\d+\.\d+)', lines)
dates = re.findall(r'^(\d{4})-(\d{2})-(\d{2})', lines, re.M)
print(len(ips), ips[:3], len(dates), dates[-1])
print(re.match(r'.*fox', text).end(), len(re.split(r'[.!?]\s*', text)))
