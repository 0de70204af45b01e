# csv: random text read and random rows written under random dialect parameters (delimiters, quote and escape characters, quoting modes, doublequote, skipinitialspace, strict, line terminators); compared with python3.
import csv
import io
import random
import sys
random.seed(2)
chars = 'ab ,;"\'\\\n\r\t|'
for trial in range(400):
    params = {}
    if random.random() < 0.5: params['delimiter'] = random.choice(',;|\t ')
    if random.random() < 0.4: params['quotechar'] = random.choice(['"', "'", '|', None])
    if random.random() < 0.4: params['escapechar'] = random.choice(['\\', '!', None])
    if random.random() < 0.4: params['quoting'] = random.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE])
    if random.random() < 0.3: params['doublequote'] = random.random() < 0.5
    if random.random() < 0.3: params['skipinitialspace'] = random.random() < 0.5
    if random.random() < 0.3: params['strict'] = random.random() < 0.5
    if random.random() < 0.3: params['lineterminator'] = random.choice(['\n', '\r\n', '\r', '!'])
    text = ''.join(random.choice(chars) for _ in range(random.randint(0, 30)))
    lines = text.splitlines(True) if random.random() < 0.7 else [text]
    try:
        r = csv.reader(lines, **params)
        rows = []
        for row in r:
            rows.append(row)
        print(trial, 'read', rows, r.line_num)
    except (csv.Error, TypeError, ValueError) as e:
        print(trial, 'read', type(e).__name__, e)
    row = [random.choice(['', 'a', 'a b', 'x,y', 'q"q', "s'q", 'e\\e', 'n\nl', 3, 2.5, None, ' lead', 'semi;', 'p|p', '!b'])
           for _ in range(random.randint(0, 4))]
    out = io.StringIO()
    try:
        w = csv.writer(out, **params)
        w.writerow(row)
        print(trial, 'write', repr(out.getvalue()))
    except (csv.Error, TypeError, ValueError) as e:
        print(trial, 'write', type(e).__name__, e)
