# csv: the reader and writer against tricky input (quotes, escapes, line
# ends inside fields, every quoting mode and dialect), DictReader and
# DictWriter, dialect registration, and the errors.
import csv
import io
import random

samples = [
    'a,b,c\r\n1,2,3\r\n', 'a,"b,c",d\n', '"quoted ""inner"" text",x\n', 'a,"multi\nline",b\nnext,row\n',
    'x,,y,\n', ',\n', '\n\n', '"unterminated,field\n', 'a, b,  c\n', '"a"b,c\n',
    'trailing"quote,x\n', 'é,ü,"ß"\n', 'a;b;"c;d"\n', '1,2.5,-3,x\n', '"",""\n', ' "sp",x\n',
    'a\\,b,c\n', '"a\\"b",c\n', 'line1\nline2\n\nline4',
]
dialect_args = [{}, {'delimiter': ';'}, {'skipinitialspace': True}, {'escapechar': '\\'},
                {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'},
                {'quotechar': "'"}, {'strict': True}, {'quoting': csv.QUOTE_NONNUMERIC}]
for args in dialect_args:
    print('--', args)
    for text in samples:
        try:
            r = csv.reader(io.StringIO(text, newline=''), **args)
            rows = list(r)
            print(rows, r.line_num)
        except (csv.Error, ValueError) as e:
            print(type(e).__name__, e)
values = [['plain', 'with,comma', 'with "quote"', 'new\nline', '', None, 3, 2.5, True, ' lead'],
          ['only'], [''], [], ['cr\r', 'tab\t', "single'q"]]
for args in [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
             {'delimiter': '\t'}, {'lineterminator': '\n', 'quotechar': "'"}, {'doublequote': False, 'escapechar': '\\'},
             {'skipinitialspace': True}, {'dialect': 'unix'}, {'dialect': 'excel-tab'}, {'quoting': csv.QUOTE_NONE}]:
    out = io.StringIO()
    w = csv.writer(out, **args)
    for row in values:
        try:
            print(repr(w.writerow(row)), end=' ')
        except csv.Error as e:
            print('Error', e, end=' ')
    print(repr(out.getvalue()))
random.seed(11)
alphabet = 'ab,"\n \\;'
for trial in range(200):
    rows = [[''.join(random.choice(alphabet) for _ in range(random.randint(0, 5))) for _ in range(random.randint(1, 4))]
            for _ in range(random.randint(1, 3))]
    out = io.StringIO(newline='')
    csv.writer(out).writerows(rows)
    back = list(csv.reader(io.StringIO(out.getvalue(), newline='')))
    print(repr(out.getvalue()), back == rows)
text = 'name,age,city\nAnn,31,Oslo\n\nBob,27\nCid,40,Rome,extra,more\n'
dr = csv.DictReader(io.StringIO(text), restkey='rest', restval='?')
print(dr.line_num, dr.fieldnames, dr.line_num)
for record in dr:
    print(record, dr.line_num)
print(list(csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=('x', 'y'))))
print(list(csv.reader(['a\r', 'b\r', 'c\r'])))
try:
    print(list(csv.reader(['a\rb\n'])))
except csv.Error as e:
    print('Error', e)
print(list(csv.DictReader(io.StringIO(''))), csv.DictReader(io.StringIO('')).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name', 'note'], restval='-')
print(dw.writeheader(), dw.writerow({'id': 1, 'name': 'x,y'}))
dw.writerows([{'id': 2, 'note': 'n'}, {'name': 'z'}])
print(repr(out.getvalue()))
try:
    dw.writerow({'id': 3, 'bogus': 1})
except ValueError as e:
    print('ValueError', e)
ignoring = csv.DictWriter(out, ['a'], extrasaction='IGNORE')
ignoring.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(out, ['a'], extrasaction='skip')
except ValueError as e:
    print('ValueError', e)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter, csv.get_dialect('pipes').quoting)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a', 1])
print(repr(out.getvalue()))
csv.unregister_dialect('pipes')


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


out = io.StringIO()
csv.writer(out, Semi).writerow(['a;b', 'c'])
csv.writer(out, dialect=Semi(), delimiter=':').writerow(['a:b', 'c'])
print(repr(out.getvalue()), Semi()._valid, csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator)
print(csv.excel, csv.excel_tab.__mro__[1], issubclass(csv.unix_dialect, csv.Dialect), hasattr(csv.Dialect, 'strict'), csv.excel.escapechar)
for bad in [lambda: csv.get_dialect('nope'), lambda: csv.unregister_dialect('nope'), lambda: csv.writer(out, delimiter='::'),
            lambda: csv.reader([], quoting=7), lambda: csv.writer(out, bogus=1), lambda: csv.writer(out).writerow(5),
            lambda: list(csv.reader([b'bytes'])), lambda: csv.Dialect(), lambda: csv.register_dialect(5),
            lambda: csv.writer(out, quotechar=None)]:
    try:
        bad()
        print('no error')
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())
