"""Parsing, building and quoting URLs, as CPython's urllib.parse:
urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag, the
result named tuples (SplitResult, ParseResult, DefragResult and their
Bytes twins: username, password, hostname, port, geturl, encode/decode),
quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
unquote_to_bytes, urlencode, parse_qs, parse_qsl, unwrap, and the scheme
lists (uses_relative, uses_netloc, uses_params...).  Functions take str or
bytes, as CPython's do.  Left out: the deprecated split*() helpers,
to_bytes and Quoter."""

import re
import types
from collections import namedtuple

__all__ = ("urlparse urlunparse urljoin urldefrag urlsplit urlunsplit urlencode "
           "parse_qs parse_qsl quote quote_plus quote_from_bytes unquote "
           "unquote_plus unquote_to_bytes DefragResult ParseResult SplitResult "
           "DefragResultBytes ParseResultBytes SplitResultBytes").split()

# The schemes whose URLs may be relative to a base, have a //netloc part,
# have ;parameters (the empty scheme counts in each: a URL without one).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu',
                 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
               'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
               'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
               'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp',
               'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
scheme_chars = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789+-.')
# kept for programs that look at them; nothing here uses them
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher',
              'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais',
                 'https', 'shttp', 'snews', 'file', 'prospero']

# A URL loses its leading C0 controls and spaces, and every tab and line
# break (the WHATWG URL standard's cleaning).
_LEADING_JUNK = ''.join(map(chr, range(0x21)))
_REMOVED_ANYWHERE = ('\t', '\r', '\n')


# -- str and bytes: bytes arguments are decoded as ASCII, worked on as str,
#    and the results encoded back

def _as_str(args):
    """(the arguments as str, the function that turns a result back into
    the arguments' type)."""
    strings = isinstance(args[0], str)
    for arg in args[1:]:
        # an empty default (scheme='') goes with either type
        if arg and isinstance(arg, str) != strings:
            raise TypeError("Cannot mix str and non-str arguments")
    if strings:
        return args, _unchanged
    return tuple(arg.decode('ascii', 'strict') if arg else '' for arg in args), _to_ascii_bytes


def _unchanged(result):
    return result


def _to_ascii_bytes(result):
    return result.encode('ascii', 'strict')


# -- the results

class _ResultStr:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._bytes_twin(*(part.encode(encoding, errors) for part in self))


class _ResultBytes:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._str_twin(*(part.decode(encoding, errors) for part in self))


class _NetlocParts:
    """The parts of netloc ([user[:password]@]host[:port]) as properties;
    for str and bytes alike (_text makes a separator of the netloc's type)."""
    __slots__ = ()

    def _text(self, chars):
        return chars if isinstance(self.netloc, str) else chars.encode('ascii')

    def _userinfo(self):
        userinfo, at, _ = self.netloc.rpartition(self._text('@'))
        if not at:
            return None, None
        username, colon, password = userinfo.partition(self._text(':'))
        return username, (password if colon else None)

    def _hostinfo(self):
        """(host, port or None); an IPv6 host is inside brackets."""
        hostinfo = self.netloc.rpartition(self._text('@'))[2]
        _, bracket, bracketed = hostinfo.partition(self._text('['))
        if bracket:
            host, _, after = bracketed.partition(self._text(']'))
            port = after.partition(self._text(':'))[2]
        else:
            host, _, port = hostinfo.partition(self._text(':'))
        return host, (port or None)

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        """The host in lower case (but an IPv6 zone after % as it is), or None."""
        host = self._hostinfo()[0]
        if not host:
            return None
        address, percent, zone = host.partition(self._text('%'))
        return address.lower() + percent + zone

    @property
    def port(self):
        """The port as an int, or None; ValueError if it is not a number
        from 0 to 65535."""
        port = self._hostinfo()[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        number = int(port)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(types.GenericAlias)


_DefragFields = namedtuple('DefragResult', 'url fragment')
_SplitFields = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseFields = namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragFields, _ResultStr):
    """(url, fragment): a URL without its fragment, and the fragment."""
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitFields, _NetlocParts, _ResultStr):
    """What urlsplit() gives: (scheme, netloc, path, query, fragment)."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseFields, _NetlocParts, _ResultStr):
    """What urlparse() gives: (scheme, netloc, path, params, query, fragment)."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragFields, _ResultBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitFields, _NetlocParts, _ResultBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseFields, _NetlocParts, _ResultBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _str_kind, _bytes_kind in ((DefragResult, DefragResultBytes),
                               (SplitResult, SplitResultBytes),
                               (ParseResult, ParseResultBytes)):
    _str_kind._bytes_twin = _bytes_kind
    _bytes_kind._str_twin = _str_kind
del _str_kind, _bytes_kind

ResultBase = _NetlocParts


# -- bracketed hosts: an IPv6 address (as the ipaddress module accepts it)
#    or an IPvFuture one

_HEX_DIGITS = '0123456789abcdefABCDEF'


def _is_ipv4(text):
    """Four decimal numbers up to 255 with dots between, no leading zeros."""
    numbers = text.split('.')
    if len(numbers) != 4:
        return False
    for number in numbers:
        if not (number and number.isascii() and number.isdigit() and len(number) <= 3):
            return False
        if (number[0] == '0' and len(number) > 1) or int(number) > 255:
            return False
    return True


def _is_hextet(text):
    return 1 <= len(text) <= 4 and all(c in _HEX_DIGITS for c in text)


def _is_ipv6(text):
    address, percent, zone = text.partition('%')
    if percent and (not zone or '%' in zone):
        return False
    groups = address.split(':')
    if len(groups) < 3:
        return False
    if '.' in groups[-1]:                   # an IPv4 address is the last 32 bits
        if not _is_ipv4(groups[-1]):
            return False
        groups[-1:] = ['0', '0']
    if len(groups) > 9:
        return False
    gaps = [i for i in range(1, len(groups) - 1) if not groups[i]]
    if len(gaps) > 1:                       # '::' at most once
        return False
    if gaps:
        gap = gaps[0]
        # a ':' at either end is only allowed as half of that '::'
        if not groups[0] and gap != 1:
            return False
        if not groups[-1] and gap != len(groups) - 2:
            return False
        written = [g for i, g in enumerate(groups)
                   if i != gap and not (g == '' and i in (0, len(groups) - 1))]
        if len(written) > 7:
            return False
    else:
        written = groups
        if len(written) != 8:
            return False
    return all(_is_hextet(g) for g in written)


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(f'{host!r} does not appear to be an IPv4 or IPv6 address')


# The characters whose NFKC normal form (what IDNA turns a host name into)
# holds one of / ? # @ : - a host with one would mean another URL.
_BECOMES_DELIMITER = ('\u2047\u2048\u2049\u2100\u2101\u2105\u2106\u2a74'
                      '\ufe13\ufe16\ufe55\ufe56\ufe5f\ufe6b'
                      '\uff03\uff0f\uff1a\uff1f\uff20')


def _check_netloc(netloc):
    if netloc.isascii():
        return
    if any(char in _BECOMES_DELIMITER for char in netloc):
        raise ValueError(f"netloc '{netloc}' contains invalid characters "
                         "under NFKC normalization")


# -- splitting

def _scheme_length(url):
    """The length of the scheme that url starts with (before its ':'), or 0."""
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return 0
    if all(char in scheme_chars for char in url[:colon]):
        return colon
    return 0


def _netloc_end(url):
    """Where the netloc that starts at 2 (after //) ends: at the first /, ? or #."""
    ends = [found for found in (url.find(c, 2) for c in '/?#') if found >= 0]
    return min(ends, default=len(url))


def urlsplit(url, scheme='', allow_fragments=True):
    """url in five parts, <scheme>://<netloc><path>?<query>#<fragment>: a
    SplitResult (SplitResultBytes for bytes).  scheme is the default when
    the URL has none; % escapes stay as they are."""
    (url, scheme), back = _as_str((url, scheme))
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for junk in _REMOVED_ANYWHERE:
        url = url.replace(junk, '')
        scheme = scheme.replace(junk, '')
    netloc = query = fragment = ''
    length = _scheme_length(url)
    if length:
        scheme, url = url[:length].lower(), url[length + 1:]
    if url[:2] == '//':
        end = _netloc_end(url)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result if back is _unchanged else result.encode()


def _split_params(path):
    """(path, params): the params follow a ';' in the last segment."""
    semicolon = path.find(';', max(path.rfind('/'), 0))
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """url in six parts, <scheme>://<netloc>/<path>;<params>?<query>#<fragment>:
    a ParseResult (ParseResultBytes for bytes)."""
    (url, scheme), back = _as_str((url, scheme))
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    result = ParseResult(parts.scheme, parts.netloc, path, params, parts.query, parts.fragment)
    return result if back is _unchanged else result.encode()


# -- joining

def urlunsplit(components):
    """The URL of urlsplit()'s five parts (any iterable of five)."""
    (scheme, netloc, url, query, fragment), back = _as_str(tuple(components))
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return back(url)


def urlunparse(components):
    """The URL of urlparse()'s six parts."""
    (scheme, netloc, url, params, query, fragment), back = _as_str(tuple(components))
    if params:
        url = f"{url};{params}"
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def _merged_path(base_path, path):
    """The path of a relative reference resolved against the base's path:
    dot segments removed as RFC 3986 says (with CPython's treatment of empty
    segments: dropped between others)."""
    if path[:1] == '/':
        segments = path.split('/')
    else:
        directory = base_path.split('/')[:-1] if base_path.split('/')[-1] else base_path.split('/')
        segments = directory + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    kept = []
    for segment in segments:
        if segment == '..':
            if kept:
                kept.pop()
        elif segment != '.':
            kept.append(segment)
    if segments[-1] in ('.', '..'):
        kept.append('')         # a path ending in a dot segment names a directory
    return '/'.join(kept) or '/'


def urljoin(base, url, allow_fragments=True):
    """url resolved against the base URL (as a browser follows a link)."""
    if not base:
        return url
    if not url:
        return base
    (base, url), back = _as_str((base, url))
    start = urlparse(base, '', allow_fragments)
    link = urlparse(url, start.scheme, allow_fragments)
    if link.scheme != start.scheme or link.scheme not in uses_relative:
        return back(url)
    has_netloc = link.scheme in uses_netloc
    if has_netloc and link.netloc:
        return back(urlunparse(link))
    netloc = start.netloc if has_netloc else link.netloc
    if link.path or link.params:
        joined = link._replace(netloc=netloc, path=_merged_path(start.path, link.path))
    else:
        # only a query or fragment (or nothing): the base's path stays
        joined = link._replace(netloc=netloc, path=start.path, params=start.params,
                               query=link.query or start.query)
    return back(urlunparse(joined))


def urldefrag(url):
    """DefragResult(the URL without its fragment, the fragment)."""
    (url,), back = _as_str((url,))
    if '#' not in url:
        result = DefragResult(url, '')
    else:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        result = DefragResult(urlunparse((scheme, netloc, path, params, query, '')), fragment)
    return result if back is _unchanged else result.encode()


def unwrap(url):
    """'scheme://host/path' from '<URL:scheme://host/path>' (the text
    unchanged, stripped, if it is not wrapped so)."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    return url[4:].strip() if url.startswith('URL:') else url


# -- percent-encoding

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(sorted(_ALWAYS_SAFE))
_HEX_BYTES = b'0123456789abcdefABCDEF'


def quote_from_bytes(bs, safe='/'):
    """bs as ASCII text: bytes that are letters, digits, _.-~ or in safe
    stay, every other byte becomes %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    # only ASCII can be safe
    safe = safe.encode('ascii', 'ignore') if isinstance(safe, str) else bytes(
        byte for byte in safe if byte < 128)
    if bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        kept = _ALWAYS_SAFE.union(safe)
        return ''.join(chr(byte) if byte in kept else f'%{byte:02X}' for byte in bs)
    return bs.decode()          # nothing to escape (or nothing at all)


def quote(string, safe='/', encoding=None, errors=None):
    """string with the characters a URL cannot hold as %XX escapes of
    their bytes (UTF-8 unless encoding says otherwise); letters, digits,
    _.-~ and the characters of safe stay."""
    if not isinstance(string, str):
        for name, value in (('encoding', encoding), ('errors', errors)):
            if value is not None:
                raise TypeError(f"quote() doesn't support '{name}' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    return quote_from_bytes(string.encode('utf-8' if encoding is None else encoding,
                                          'strict' if errors is None else errors), safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+', and '/' is not safe."""
    space = ' ' if isinstance(string, str) else b' '
    if isinstance(string, (str, bytes)) and space not in string:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def unquote_to_bytes(string):
    """The bytes of string (UTF-8 for a str) with each %XX replaced by
    the byte it stands for; a % not followed by two hex digits stays."""
    if isinstance(string, str):
        string = string.encode('utf-8')
    elif not string:
        string.split            # AttributeError for what is not a string
        return b''
    head, *escaped = string.split(b'%')
    if not escaped:
        return string
    out = [head]
    for piece in escaped:
        if len(piece) >= 2 and piece[0] in _HEX_BYTES and piece[1] in _HEX_BYTES:
            out.append(bytes((int(piece[:2], 16),)))
            out.append(piece[2:])
        else:
            out.append(b'%')
            out.append(piece)
    return b''.join(out)


def _ascii_runs(string):
    """string cut into runs that are all ASCII and runs that have none."""
    runs, start = [], 0
    for i in range(1, len(string) + 1):
        if i == len(string) or string[i].isascii() != string[start].isascii():
            runs.append(string[start:i])
            start = i
    return runs


def unquote(string, encoding='utf-8', errors='replace'):
    """string with each run of %XX escapes decoded as bytes in encoding
    (invalid ones by the errors rule: a replacement character by default)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' in string:
        return _unquote_str(string, 'utf-8' if encoding is None else encoding,
                            'replace' if errors is None else errors)
    string.split                # AttributeError for what is not a str
    return string


def _unquote_str(string, encoding, errors):
    if string.isascii():
        return unquote_to_bytes(string).decode(encoding, errors)
    # escapes are decoded run by run; characters that are not ASCII stay
    return ''.join(unquote_to_bytes(run).decode(encoding, errors) if run.isascii() else run
                   for run in _ascii_runs(string))


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for HTML form values: '+' means a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


# -- queries

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """The (name, value) pairs of a query string, unquoted, in order.
    Pairs with an empty value (or no '=') are left out unless
    keep_blank_values; strict_parsing makes a field with no '=' an error."""
    (qs,), back = _as_str((qs,))
    (separator,), _ = _as_str((separator,))
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = qs.count(separator) + 1 if qs else 0
        if fields > max_num_fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError(f"bad query field: {field!r}")
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((back(unquote(name.replace('+', ' '), encoding=encoding, errors=errors)),
                          back(unquote(value.replace('+', ' '), encoding=encoding, errors=errors))))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """The query string as a dict: each name to the list of its values."""
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        found.setdefault(name, []).append(value)
    return found


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A query string from a mapping or a sequence of pairs: name=value
    joined by '&', each quoted by quote_via.  With doseq, a value that is a
    sequence (not a string) gives one name=item per item."""
    query = _pairs_of(query)

    def quoted(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    fields = []
    for name, value in query:
        name = quoted(name)
        if doseq and not isinstance(value, (str, bytes)) and _has_len(value):
            fields.extend(name + '=' + quoted(item) for item in value)
        else:
            fields.append(name + '=' + quoted(value))
    return '&'.join(fields)


def _pairs_of(query):
    """The (name, value) pairs of a mapping or sequence; a string or other
    non-sequence of pairs is refused."""
    if hasattr(query, 'items'):
        return query.items()
    try:
        if len(query) and not isinstance(query[0], tuple):
            raise TypeError
    except TypeError as error:
        raise TypeError("not a valid non-string sequence or mapping object") from error
    return query


def _has_len(value):
    try:
        len(value)
    except TypeError:
        return False
    return True
