# getopt: getopt and gnu_getopt, short and long options, abbreviations,
# and GetoptError's messages
import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)


def show(function, args, shortopts, longopts=[]):
    try:
        options, rest = function(args, shortopts, longopts)
        print(function.__name__, args, '->', options, rest)
    except getopt.GetoptError as e:
        print(function.__name__, args, '-> GetoptError:', e, '| opt=%r msg=%r' % (e.opt, e.msg))


for function in (getopt.getopt, getopt.gnu_getopt):
    show(function, ['-a', '-b', 'value', 'file1', '-c', 'file2'], 'ab:c')
    show(function, ['-abvalue', 'file'], 'ab:')
    show(function, ['-ba', 'file'], 'ab:')
    show(function, ['-b'], 'ab:')
    show(function, ['-x'], 'ab:')
    show(function, ['--output=out.txt', '--verbose', 'input'], 'v', ['output=', 'verbose'])
    show(function, ['--out', 'out.txt', '--verb'], 'v', ['output=', 'verbose'])
    show(function, ['--output'], '', ['output='])
    show(function, ['--verbose=yes'], '', ['verbose'])
    show(function, ['--ver'], '', ['verbose', 'version'])
    show(function, ['--version'], '', ['verbose', 'version'])
    show(function, ['--debug'], '', ['verbose'])
    show(function, ['--', '-a', 'x'], 'a')
    show(function, ['-', '-a'], 'a')
    show(function, ['a', '-a', '--long', 'b', '--', '-a'], 'a', 'long')
    show(function, ['--opt=', 'x'], '', ['opt='])
    show(function, ['-a:'], 'a')
    show(function, [], 'a')

# gnu_getopt stops at the first argument with '+' or POSIXLY_CORRECT
show(getopt.gnu_getopt, ['file', '-a'], '+a')
os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['file', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
show(getopt.gnu_getopt, ['file', '-a'], 'a')

# the error class and its arguments
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('a message', 'x')
print(repr(e), str(e), e.args, e.msg, e.opt)
print(repr(getopt.GetoptError('only a message')))

# a typical loop over the options
def main(argv):
    try:
        options, files = getopt.getopt(argv, 'ho:v', ['help', 'output='])
    except getopt.GetoptError as error:
        return 'usage error: %s' % error
    output, verbose = None, False
    for option, value in options:
        if option in ('-h', '--help'):
            return 'help'
        if option in ('-o', '--output'):
            output = value
        elif option == '-v':
            verbose = True
    return 'output=%s verbose=%s files=%s' % (output, verbose, files)


print(main(['-v', '-o', 'x', 'a', 'b']))
print(main(['--output', 'y', '--', '-v']))
print(main(['--help']))
print(main(['--out']))
print(main(['-q']))
