# argparse: parse_args() reads sys.argv[1:], and the program is named
# after os.path.basename(sys.argv[0]); the last parse prints the help for
# real and exits with status 0
import argparse
import os
import sys

os.environ['COLUMNS'] = '80'

# the default prog is this file's name (the path is dropped)
p = argparse.ArgumentParser()
print(p.prog, p.format_usage(), end='')

sys.argv = ['/usr/local/bin/backup.py', '--keep', '3', '-v', 'home', 'etc']
p = argparse.ArgumentParser(description='Back up directories.',
                            epilog='Old backups beyond --keep are deleted.')
p.add_argument('dirs', nargs='+', help='the directories to back up')
p.add_argument('--keep', type=int, default=7, help='how many backups to keep (default: %(default)s)')
p.add_argument('-v', '--verbose', action='store_true', help='list the files')
p.add_argument('--dest', default='/backup', help='where backups go')
print(p.prog)
args = p.parse_args()
print(args)
print(sys.argv[1:], 'is unchanged')
print(p.parse_args(['x']))
sys.argv[1:] = ['--help']
p.parse_args()
print('not reached')
