"""artifacts.py - reading an artifact (docs/formats.md) in either form.

read(data) takes the bytes a stage wrote, JSON or MessagePack (told apart
by the first byte, as the tools do), and returns the envelope as Python
values in one canonical spelling, so that the two forms compare equal:

    MessagePack bin, JSON {"bytes": "68690a"}      ->  Bytes('68690a')
    any float, JSON {"float": "inf"}               ->  Float('1.5'), Float('inf')

Floats become their repr() so that -0.0 and 0.0 differ, as they do in
co_consts; booleans stay bool (a comparison must also tell True from 1).
"""
import collections
import json

import mpread

Bytes = collections.namedtuple('Bytes', 'hex')
Float = collections.namedtuple('Float', 'text')
Bytes.__str__ = lambda b: repr(bytes.fromhex(b.hex))
Float.__str__ = lambda f: f.text

KINDS = ('tokens', 'ast', 'code')


class ArtifactError(ValueError):
    pass


def read(data, want_kind):
    """The envelope of an artifact of kind `want_kind`, canonical."""
    if not data:
        raise ArtifactError('wrote nothing on standard output')
    first = data[0]
    if first == ord('{'):
        try:
            value = json.loads(data.decode('utf-8', 'surrogatepass'))
        except (UnicodeDecodeError, ValueError) as e:
            raise ArtifactError('the output is not valid JSON: %s' % e)
        except RecursionError:
            raise ArtifactError('the JSON is nested too deeply')
    elif 0x80 <= first <= 0x8f or first in (0xde, 0xdf):
        try:
            value = mpread.unpack(data)
        except mpread.MessagePackError as e:
            raise ArtifactError('the output is not valid MessagePack: %s' % e)
    else:
        raise ArtifactError('the output is neither JSON nor MessagePack '
                            '(it starts with %r)' % data[:20])
    return _check_envelope(canonical(value), want_kind)


def _check_envelope(envelope, want_kind):
    if not isinstance(envelope, dict):
        raise ArtifactError('the artifact is not a map (docs/formats.md §2)')
    if 'kind' in envelope and envelope['kind'] != want_kind:
        raise ArtifactError('this is a %r artifact, not a %r one' % (envelope['kind'], want_kind))
    for key in ('kind', 'version', 'filename', 'source', want_kind):
        if key not in envelope:
            raise ArtifactError('the envelope has no "%s" key (docs/formats.md §2)' % key)
    version = envelope['version']
    if not (isinstance(version, list) and len(version) == 2 and version[0] == 1):
        raise ArtifactError('"version" must be [1, MINOR], not %s' % (version,))
    return envelope


def canonical(value):
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return Float(repr(value))
    if isinstance(value, bytes):
        return Bytes(value.hex())
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, dict):
        if len(value) == 1:
            (key, item), = value.items()
            if key == 'bytes' and isinstance(item, str):
                return Bytes(item.lower())
            if key == 'float' and isinstance(item, str):
                return Float(item)
        return {key: canonical(item) for key, item in value.items()}
    raise ArtifactError('unexpected value %r' % (value,))
