# logging: Handler.handle() - whether the filters let the record through, and
# acquire(), emit(), release() in that order (also when emit raises); FileHandler
# opened at once or at the first record (delay), and one whose file cannot be
# opened leaves nothing for shutdown() to close; basicConfig's handlers= keep their
# own formatters, the others get the format given; an unknown argument is refused
# after the handlers were added
import logging
import os
import sys
import tempfile


class Traced(logging.Handler):
    def acquire(self):
        print('  acquire')
        super().acquire()

    def release(self):
        print('  release')
        super().release()

    def emit(self, record):
        print('  emit', record.getMessage())
        if record.msg == 'fail':
            raise RuntimeError('emit failed')


h = Traced()
h.addFilter(lambda record: record.msg != 'hidden')
log = logging.getLogger('steps')
log.propagate = False
log.addHandler(h)
for text in ('shown', 'hidden'):
    print(text, '->', h.handle(logging.makeLogRecord({'msg': text})))
try:
    h.handle(logging.makeLogRecord({'msg': 'fail'}))
except RuntimeError as e:
    print('raised:', e)
log.warning('through the logger %d', 1)

with tempfile.TemporaryDirectory() as where:
    path = os.path.join(where, 'x.log')
    late = logging.FileHandler(path, mode='w', delay=True)
    print('delayed:', late.stream, os.path.exists(path), late.mode, late.delay)
    late.handle(logging.makeLogRecord({'msg': 'first'}))
    print('after a record:', late.stream is not None, os.path.exists(path))
    late.close()
    now = logging.FileHandler(path, encoding='utf-8', errors='replace')
    print('at once:', now.stream is not None, now.encoding, now.errors, now.delay)
    now.close()
    with open(path) as f:
        print(repr(f.read()))
    try:
        logging.FileHandler(os.path.join(where, 'missing', 'x.log'))
    except FileNotFoundError as e:
        print('not opened:', type(e).__name__)

own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter('own: %(message)s'))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[own, plain], format='{levelname} {message}', style='{',
                    level='INFO')
logging.info('to both')
print(logging.getLogger().level, [type(x.formatter).__name__ for x in (own, plain)])
try:
    logging.basicConfig(force=True, stream=sys.stdout, colour='red', level='DEBUG')
except ValueError as e:
    print(e)
print(len(logging.getLogger().handlers), logging.getLogger().level)
logging.debug('handler added and level set before the error')
