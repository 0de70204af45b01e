# csv.Sniffer: sniff (quote character, delimiter, doubled quotes, spaces
# after delimiters) and has_header on fixed and random samples.
import csv
import random

samples = ['a,b,c\n1,2,3\n4,5,6\n', 'name;age\nbob;3\namy;4\n', '"x","y"\n"1","2"\n', 'a b c\n1 2 3\n', 'a|b\n1|2\n3|4\n',
           'id, name, score\n1, "Ann", 3.5\n2, "Bob ""B""", 4\n', "'single';'quoted'\n'a';'b'\n", '"only one column"\n"another"\n',
           'x:y:z\n1:2:3\n', 'no delimiters here\nat all\n', '', 'a\tb\n1\t2\n', 'h1,h2\n10,20\n30,40\n50,60\n',
           'h1,h2\nabc,de\nfgh,ij\n', '1,2\n3,4\n', 'city,pop\n"New York, NY",8000000\n"Paris",2100000\n',
           'a;b,c\n1;2,3\n4;5,6\n', '"a"|"b"\n', 'name\tvalue\n"a b"\t1\n']
for sample in samples:
    try:
        d = csv.Sniffer().sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d._name, end=' ')
        print(csv.Sniffer().has_header(sample))
    except (csv.Error, StopIteration) as e:
        print(type(e).__name__, e)
print(csv.Sniffer().sniff('a;b,c\n1;2,3\n', delimiters=',').delimiter, csv.Sniffer().sniff('a;b,c\n1;2,3\n', delimiters=';').delimiter)
print(csv.Sniffer().preferred, csv.Sniffer().sniff('a,b\n').__mro__[1] is csv.Dialect)
random.seed(5)
for trial in range(150):
    delim = random.choice(',;\t| :')
    quote = random.choice('"\'')
    rows = []
    for _ in range(random.randint(1, 15)):
        fields = []
        for _ in range(random.randint(1, 5)):
            word = ''.join(random.choice('ab1 ,;."\'') for _ in range(random.randint(0, 6)))
            if random.random() < 0.3:
                word = quote + word.replace(quote, quote * 2) + quote
            fields.append(word)
        rows.append((delim + random.choice(['', ' '])).join(fields))
    sample = '\n'.join(rows) + random.choice(['', '\n'])
    try:
        d = csv.Sniffer().sniff(sample, delimiters=random.choice([None, ',;', delim]))
        print(trial, repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, end=' ')
        print(csv.Sniffer().has_header(sample))
    except (csv.Error, StopIteration) as e:
        print(trial, type(e).__name__, e)
