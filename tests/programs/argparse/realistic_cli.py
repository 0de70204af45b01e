# argparse in a realistic command-line program: a word-count tool with
# subcommands, run through main(argv) on several command lines as a user
# would type them; errors and help are caught and shown
import argparse
import contextlib
import io
import os
import sys

os.environ['COLUMNS'] = '72'

TEXTS = {
    'poem.txt': 'the quick brown fox\njumps over the lazy dog\nthe end\n',
    'notes.txt': 'buy milk\ncall bob\n\nbuy bread\n',
}


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError('expected a whole number, got %r' % text)
    if value <= 0:
        raise argparse.ArgumentTypeError('must be positive, got %d' % value)
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        prog='wc+',
        description='Count and search words in text files.',
        epilog='Files are read from an in-memory store in this test.',
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--version', action='version', version='%(prog)s 1.0')
    parser.add_argument('-q', '--quiet', action='store_true', help='print only totals')
    commands = parser.add_subparsers(dest='command', required=True, metavar='COMMAND',
                                     help='one of the commands below')

    count = commands.add_parser('count', aliases=['c'], help='count lines, words, characters',
                                description='Count lines, words and characters.')
    count.add_argument('files', nargs='+', metavar='FILE', help='files to count')
    what = count.add_mutually_exclusive_group()
    what.add_argument('-l', '--lines', action='store_const', const='lines', dest='only',
                      help='count lines only')
    what.add_argument('-w', '--words', action='store_const', const='words', dest='only',
                      help='count words only')
    count.set_defaults(run=run_count)

    top = commands.add_parser('top', help='the most common words')
    top.add_argument('files', nargs='+', metavar='FILE')
    top.add_argument('-n', type=positive_int, default=3, help='how many (default: %(default)s)')
    top.add_argument('--min-length', type=int, default=1, metavar='LEN')
    top.add_argument('--ignore', action='append', default=[], metavar='WORD',
                     help='a word to skip; may be repeated')
    top.set_defaults(run=run_top)

    grep = commands.add_parser('grep', help='lines with a word')
    grep.add_argument('word')
    grep.add_argument('files', nargs='*', default=sorted(TEXTS), metavar='FILE')
    grep.add_argument('-i', '--ignore-case', action='store_true')
    grep.add_argument('-c', '--count', action='store_true', help='only count the lines')
    grep.set_defaults(run=run_grep)
    return parser


def read(name, parser):
    if name not in TEXTS:
        parser.error('no such file: %s' % name)
    return TEXTS[name]


def run_count(args, parser):
    totals = [0, 0, 0]
    for name in args.files:
        text = read(name, parser)
        counts = [text.count('\n'), len(text.split()), len(text)]
        totals = [a + b for a, b in zip(totals, counts)]
        if not args.quiet:
            show(counts, args.only, name)
    show(totals, args.only, 'total')


def show(counts, only, name):
    if only == 'lines':
        print('%6d %s' % (counts[0], name))
    elif only == 'words':
        print('%6d %s' % (counts[1], name))
    else:
        print('%6d %6d %6d %s' % (counts[0], counts[1], counts[2], name))


def run_top(args, parser):
    seen = {}
    for name in args.files:
        for word in read(name, parser).split():
            if len(word) >= args.min_length and word not in args.ignore:
                seen[word] = seen.get(word, 0) + 1
    ranked = sorted(seen.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:args.n]:
        print('%3d %s' % (count, word))


def run_grep(args, parser):
    word = args.word.lower() if args.ignore_case else args.word
    for name in args.files:
        matches = [line for line in read(name, parser).splitlines()
                   if word in (line.lower() if args.ignore_case else line)]
        if args.count:
            print('%s:%d' % (name, len(matches)))
        else:
            for line in matches:
                print('%s:%s' % (name, line))


def main(argv):
    parser = build_parser()
    args = parser.parse_args(argv)
    args.run(args, parser)
    return 0


for command_line in ['count poem.txt notes.txt',
                     'c -l poem.txt',
                     '-q count --words poem.txt notes.txt',
                     'count -l -w poem.txt',
                     'count missing.txt',
                     'top poem.txt notes.txt',
                     'top -n 2 --ignore the --ignore buy poem.txt notes.txt',
                     'top -n 0 poem.txt',
                     'top -n many poem.txt',
                     'grep buy',
                     'grep -ic THE poem.txt',
                     'grep',
                     'remove x',
                     '',
                     '--version',
                     '--help',
                     'top --help']:
    print('$ wc+', command_line)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(command_line.split())
        except SystemExit as e:
            status = e.code
    print(out.getvalue(), end='')
    print(err.getvalue(), end='', file=sys.stdout)
    print('[exit status %s]' % status)
