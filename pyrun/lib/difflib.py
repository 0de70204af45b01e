"""Comparing sequences: SequenceMatcher, get_close_matches, unified_diff,
context_diff, diff_bytes, ndiff, Differ and restore, with CPython's
results.

The matching is Ratcliff and Obershelp's "gestalt pattern matching": find
the longest block the two sequences have in common, then do the same on
the parts left of it and right of it.  CPython adds two heuristics, kept
here because they change the results: elements the caller calls junk
never start a match (they may only widen one), and with autojunk an
element that fills more than 1% of a second sequence of 200 or more
elements is "popular" and treated the same way.
"""

from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _similarity(matched, total):
    # 2*M/T, the measure of ratio(); two empty sequences are alike.
    if not total:
        return 1.0
    return 2.0 * matched / total


class SequenceMatcher:
    """Compares two sequences of hashable elements.  The second one is
    indexed once (where each element occurs), so compare one sequence with
    many by setting it as the second and changing the first."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self._forget_results()

    def set_seq2(self, b):
        if b is not self.b:
            self.b = b
            self._forget_results()
            self.fullbcount = None
            self._index_second()

    def _forget_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def _index_second(self):
        """b2j: for each element of b that may start a match, the ascending
        positions where it occurs; bjunk and bpopular: the elements left out
        because the caller calls them junk, or because they are too common."""
        positions = {}
        for position, element in enumerate(self.b):
            if element in positions:
                positions[element].append(position)
            else:
                positions[element] = [position]
        junk = set()
        if self.isjunk:
            junk = {element for element in positions if self.isjunk(element)}
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            most = size // 100 + 1
            popular = {element for element, where in positions.items()
                       if len(where) > most and element not in junk}
        for element in junk | popular:
            del positions[element]
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+size] == b[j:j+size] inside a[alo:ahi]
        and b[blo:bhi], as Match(i, j, size): of the longest, the one that
        starts first in a, then first in b.  No junk element is in it but
        at its edges."""
        if ahi is None:
            ahi = len(self.a)
        if bhi is None:
            bhi = len(self.b)
        start_a, start_b, size = self._longest_clean_block(alo, ahi, blo, bhi)
        # Widen the block with equal elements next to it: first those that
        # may start a match (popular elements among them), then junk.
        is_junk = self.bjunk.__contains__
        for junk_wanted in (False, True):
            start_a, start_b, size = self._widen(
                start_a, start_b, size, alo, ahi, blo, bhi,
                lambda element: is_junk(element) == junk_wanted)
        return Match(start_a, start_b, size)

    def _longest_clean_block(self, alo, ahi, blo, bhi):
        # Dynamic programming over a: run_ending_at[j] is the length of the
        # common run that ends at the current element of a and at b[j].
        a, where_in_b = self.a, self.b2j
        best = (alo, blo, 0)
        run_ending_at = {}
        for i in range(alo, ahi):
            runs_now = {}
            for j in where_in_b.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run_ending_at.get(j - 1, 0) + 1
                runs_now[j] = length
                if length > best[2]:
                    best = (i - length + 1, j - length + 1, length)
            run_ending_at = runs_now
        return best

    def _widen(self, i, j, size, alo, ahi, blo, bhi, allowed):
        a, b = self.a, self.b
        while (i > alo and j > blo and allowed(b[j - 1])
               and a[i - 1] == b[j - 1]):
            i, j, size = i - 1, j - 1, size + 1
        while (i + size < ahi and j + size < bhi and allowed(b[j + size])
               and a[i + size] == b[j + size]):
            size += 1
        return i, j, size

    def get_matching_blocks(self):
        """The matching blocks, ascending, as Match triples; blocks that
        touch are merged, and the last one is (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        found = []
        ranges = [(0, len(self.a), 0, len(self.b))]
        while ranges:
            alo, ahi, blo, bhi = ranges.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, size = block
            if not size:
                continue
            found.append(block)
            if i > alo and j > blo:
                ranges.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                ranges.append((i + size, ahi, j + size, bhi))
        found.sort()
        merged = []
        for i, j, size in found:
            if merged:
                last_i, last_j, last_size = merged[-1]
                if last_i + last_size == i and last_j + last_size == j:
                    merged[-1] = (last_i, last_j, last_size + size)
                    continue
            merged.append((i, j, size))
        merged.append((len(self.a), len(self.b), 0))
        self.matching_blocks = [Match(*block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """How to turn a into b: a list of (tag, i1, i2, j1, j2), tag
        'equal', 'replace', 'delete' or 'insert' for a[i1:i2] and b[j1:j2]."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        done_a = done_b = 0
        for i, j, size in self.get_matching_blocks():
            if done_a < i or done_b < j:
                if done_a == i:
                    tag = 'insert'
                elif done_b == j:
                    tag = 'delete'
                else:
                    tag = 'replace'
                steps.append((tag, done_a, i, done_b, j))
            if size:
                steps.append(('equal', i, i + size, j, j + size))
            done_a, done_b = i + size, j + size
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """The opcodes in hunks: each change with up to n equal elements of
        context around it, changes closer than 2n in the same hunk."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # As in CPython, the context is cut in the cached list of opcodes
        # itself, so get_opcodes() returns the cut list afterwards.
        if codes[0][0] == 'equal':
            codes[0] = _last_elements(codes[0], n)
        if codes[-1][0] == 'equal':
            codes[-1] = _first_elements(codes[-1], n)
        hunk = []
        for code in codes:
            tag, i1, i2 = code[:3]
            if tag == 'equal' and i2 - i1 > 2 * n:
                hunk.append(_first_elements(code, n))
                yield hunk
                hunk = []
                code = _last_elements(code, n)
            hunk.append(code)
        if hunk and not (len(hunk) == 1 and hunk[0][0] == 'equal'):
            yield hunk

    def ratio(self):
        """How alike the sequences are, 0.0 to 1.0: 2*M/T, with M the
        elements in matching blocks and T the elements of both."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _similarity(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): as if every element the sequences
        have in common (counted with repeats) matched."""
        if self.fullbcount is None:
            counts = {}
            for element in self.b:
                counts[element] = counts.get(element, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        common = 0
        for element in self.a:
            if left.get(element, 0) > 0:
                left[element] -= 1
                common += 1
        return _similarity(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cheaper upper bound on ratio(), from the lengths alone."""
        shorter = min(len(self.a), len(self.b))
        return _similarity(shorter, len(self.a) + len(self.b))

    __class_getitem__ = classmethod(type(list[int]))


def _first_elements(code, n):
    tag, i1, i2, j1, j2 = code
    return tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)


def _last_elements(code, n):
    tag, i1, i2, j1, j2 = code
    return tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2


def _close_enough(matcher, threshold, strictly=False):
    """Whether matcher.ratio() reaches threshold, trying the cheap upper
    bounds first."""
    for measure in (matcher.real_quick_ratio, matcher.quick_ratio,
                    matcher.ratio):
        value = measure()
        if value < threshold or (strictly and value == threshold):
            return False
    return True


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The possibilities most like word (ratio at least cutoff), the best
    first, at most n of them."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if _close_enough(matcher, cutoff):
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [candidate for _, candidate in scored[:n]]


def IS_LINE_JUNK(line, pat=None):
    """Whether a line is ignorable: blank, or a lone '#'."""
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Whether a character is ignorable: a space or a tab."""
    return ch in ws


# ---- unified and context diffs ------------------------------------------

def _check_str_arguments(a, b, *names):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for name in names:
        if not isinstance(name, str):
            raise TypeError('all arguments must be str, not: %r' % (name,))


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def _unified_range(start, stop):
    # "first,count" with 1-based first; a single line is just "first", and
    # an empty range names the line before it.
    count = stop - start
    if count == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if count else start, count)


def _context_range(start, stop):
    # "first,last", 1-based; one line or none is a single number.
    if stop - start > 1:
        return '%d,%d' % (start + 1, stop)
    return str(start + 1 if stop > start else start)


def _hunks(a, b, n, marks, names, dates, lineterm):
    """The hunks of a diff from a to b, each with the lines to print before
    it: the two file header lines (marked with marks) before the first."""
    _check_str_arguments(a, b, *names, *dates, lineterm)
    headers = [_file_header(mark, name, date, lineterm)
               for mark, name, date in zip(marks, names, dates)]
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        yield headers, hunk
        headers = []


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The lines of a unified diff (diff -u) from a to b, with n lines of
    context."""
    for headers, hunk in _hunks(a, b, n, ('---', '+++'), (fromfile, tofile),
                                (fromfiledate, tofiledate), lineterm):
        yield from headers
        yield '@@ -%s +%s @@%s' % (_unified_range(hunk[0][1], hunk[-1][2]),
                                   _unified_range(hunk[0][3], hunk[-1][4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                yield from (' ' + line for line in a[i1:i2])
                continue
            yield from ('-' + line for line in a[i1:i2])
            yield from ('+' + line for line in b[j1:j2])


_CONTEXT_MARKS = {'equal': '  ', 'replace': '! ', 'delete': '- ',
                  'insert': '+ '}


def _context_side(hunk, lines, hidden_tag, first, last):
    """The lines one side of a context diff hunk shows: none when that side
    has no change, else all but those of the other side's kind."""
    if all(code[0] in ('equal', hidden_tag) for code in hunk):
        return
    for code in hunk:
        if code[0] != hidden_tag:
            mark = _CONTEXT_MARKS[code[0]]
            for line in lines[code[first]:code[last]]:
                yield mark + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """The lines of a context diff (diff -c) from a to b, with n lines of
    context."""
    for headers, hunk in _hunks(a, b, n, ('***', '---'), (fromfile, tofile),
                                (fromfiledate, tofiledate), lineterm):
        yield from headers
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(hunk[0][1], hunk[-1][2]),
                                 lineterm)
        yield from _context_side(hunk, a, 'insert', 1, 2)
        yield '--- %s ----%s' % (_context_range(hunk[0][3], hunk[-1][4]),
                                 lineterm)
        yield from _context_side(hunk, b, 'delete', 3, 4)


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """unified_diff or context_diff (dfunc) of lines of bytes; bytes that
    are not ASCII pass through unchanged."""
    def as_text(data):
        try:
            return data.decode('ascii', 'surrogateescape')
        except AttributeError as error:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(data).__name__, data)) from error
    texts = [as_text(item) for item in
             (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    lines = dfunc([as_text(line) for line in a],
                  [as_text(line) for line in b],
                  texts[0], texts[1], texts[2], texts[3], n, texts[4])
    for line in lines:
        yield _ascii_with_escapes(line)


def _ascii_with_escapes(text):
    # text.encode('ascii', 'surrogateescape'), by hand: pyrun's encoders do
    # not have that error handler yet.  Decoding turned each byte above 127
    # into the lone surrogate U+DC00 + byte.
    return bytes(code - 0xDC00 if code >= 0xDC80 else code
                 for code in map(ord, text))


# ---- Differ and ndiff ---------------------------------------------------

# Two lines at least this alike are shown as one changed line, with '?'
# guides; less alike ones as a line deleted and a line inserted.
_SIMILAR_ENOUGH = 0.75
# A pair only counts as the best so far if strictly more alike than this.
_FIRST_BAR = 0.74


def _guide(line, marks):
    """The '?' line under line: the marks, with the line's own whitespace
    where there is no mark (so that tabs line up), no trailing blanks."""
    shown = [char if mark == ' ' and char.isspace() else mark
             for char, mark in zip(line, marks)]
    return ''.join(shown).rstrip()


class Differ:
    """Compares sequences of lines: '- ' a line only in the first, '+ '
    one only in the second, '  ' one in both, and '? ' a guide pointing at
    the characters that differ between two similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        opcodes = SequenceMatcher(self.linejunk, a, b).get_opcodes()
        for tag, alo, ahi, blo, bhi in opcodes:
            if tag == 'replace':
                yield from self._replace_similar(a, alo, ahi, b, blo, bhi)
            elif tag == 'insert':
                yield from self._lines('+', b, blo, bhi)
            else:
                # 'delete' and 'equal' both show lines of a: lines only
                # there, or lines in both
                yield from self._lines('-' if tag == 'delete' else ' ', a, alo, ahi)

    def _lines(self, tag, lines, lo, hi):
        for line in lines[lo:hi]:
            yield '%s %s' % (tag, line)

    def _replace_plainly(self, a, alo, ahi, b, blo, bhi):
        removed = self._lines('-', a, alo, ahi)
        added = self._lines('+', b, blo, bhi)
        if bhi - blo < ahi - alo:
            removed, added = added, removed
        yield from removed
        yield from added

    def _replace_similar(self, a, alo, ahi, b, blo, bhi):
        """A block of a replaced by a block of b: the two most similar
        lines are shown as one changed line, and the lines before and after
        them are compared the same way."""
        pair, identical = self._best_pair(a, alo, ahi, b, blo, bhi)
        if pair is None:
            yield from self._replace_plainly(a, alo, ahi, b, blo, bhi)
            return
        i, j = pair
        yield from self._replace_between(a, alo, i, b, blo, j)
        if identical:
            yield '  ' + a[i]
        else:
            yield from self._changed_line(a[i], b[j])
        yield from self._replace_between(a, i + 1, ahi, b, j + 1, bhi)

    def _best_pair(self, a, alo, ahi, b, blo, bhi):
        """(i, j) of the most alike lines a[i], b[j] (ratio 0.75 or more;
        the first found wins a tie, lines of b outermost), and whether they
        are equal: failing such a pair, the first pair of equal lines;
        (None, False) if there is neither."""
        matcher = SequenceMatcher(self.charjunk)
        best_ratio = _FIRST_BAR
        best = None
        first_equal = None
        for j in range(blo, bhi):
            matcher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if first_equal is None:
                        first_equal = (i, j)
                    continue
                matcher.set_seq1(a[i])
                if _close_enough(matcher, best_ratio, strictly=True):
                    best_ratio = matcher.ratio()
                    best = (i, j)
        if best_ratio >= _SIMILAR_ENOUGH:
            return best, False
        return first_equal, first_equal is not None

    def _replace_between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._replace_similar(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._lines('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._lines('+', b, blo, bhi)

    def _changed_line(self, old, new):
        """The old and new line, each followed by a guide: '-' under
        characters deleted, '+' under those inserted, '^' under those
        replaced."""
        old_marks = []
        new_marks = []
        matcher = SequenceMatcher(self.charjunk, old, new)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            old_mark, new_mark = _GUIDE_MARKS[tag]
            old_marks.append(old_mark * (i2 - i1))
            new_marks.append(new_mark * (j2 - j1))
        for tag, line, marks in (('- ', old, old_marks),
                                 ('+ ', new, new_marks)):
            yield tag + line
            guide = _guide(line, ''.join(marks))
            if guide:
                yield '? %s\n' % guide


# The guide marks of a changed line, under the old and the new characters.
_GUIDE_MARKS = {'equal': (' ', ' '), 'replace': ('^', '^'),
                'delete': ('-', ''), 'insert': ('', '+')}


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """The Differ delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """The lines of the first (which=1) or second (which=2) sequence a
    Differ delta was made from."""
    try:
        own = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] in ('  ', own):
            yield line[2:]


class HtmlDiff:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("difflib.HtmlDiff is not supported by pyedu")
