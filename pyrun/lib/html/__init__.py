"""HTML text, as CPython's html module: escape() and unescape() (numeric
references, and every named reference of HTML5, with its rules for
references missing their ';' and for numbers that name no character).
html.entities holds the tables; html.parser is not provided."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > replaced by references that HTML shows as those
    characters; also " and ' when quote is true (for attribute values)."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# Numeric references to the C1 controls mean the windows-1252 characters
# there (as browsers read them), the HTML standard says; 0 and CR are
# replaced too.  The five C1 codes windows-1252 leaves out stay themselves.
_WINDOWS_1252_C1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021'
                    '\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                    '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014'
                    '\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_REPLACED_CODE_POINTS = {0x00: '\ufffd', 0x0d: '\r'}
_REPLACED_CODE_POINTS.update((0x80 + offset, char)
                             for offset, char in enumerate(_WINDOWS_1252_C1))


def _dropped(code_point):
    """Whether a numeric reference to code_point gives nothing: the other
    control characters and the Unicode noncharacters."""
    return (0x1 <= code_point <= 0x8 or code_point == 0xb
            or 0xe <= code_point <= 0x1f or 0x7f <= code_point <= 0x9f
            or 0xfdd0 <= code_point <= 0xfdef
            or code_point & 0xfffe == 0xfffe)


def _from_number(digits, base):
    code_point = int(digits, base)
    if code_point in _REPLACED_CODE_POINTS:
        return _REPLACED_CODE_POINTS[code_point]
    if 0xd800 <= code_point <= 0xdfff or code_point > 0x10ffff:
        return '\ufffd'
    if _dropped(code_point):
        return ''
    return chr(code_point)


def _from_name(name):
    """The text for a name after '&': the whole name if it is a reference,
    else its longest start that is one (legacy names need no ';'), the
    rest kept; else the text unchanged."""
    from html.entities import html5
    if name in html5:
        return html5[name]
    for end in range(len(name) - 1, 1, -1):
        if name[:end] in html5:
            return html5[name[:end]] + name[end:]
    return '&' + name


def _replace_reference(match):
    reference = match.group(1)
    if reference[0] != '#':
        return _from_name(reference)
    if reference[1] in 'xX':
        return _from_number(reference[2:].rstrip(';'), 16)
    return _from_number(reference[1:].rstrip(';'), 10)


_REFERENCE = _re.compile(r'&(#[0-9]+;?'
                         r'|#[xX][0-9a-fA-F]+;?'
                         r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """s with every character reference (&gt;, &#62;, &#x3e;) replaced by
    the character it stands for, as an HTML5 browser reads them."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace_reference, s)
