"""textwrap: wrapping and filling text, as documented for CPython's
textwrap module.

wrap() cuts a paragraph into lines of at most `width` characters, fill()
joins those lines with newlines, shorten() keeps what fits on one line,
dedent() removes the common indentation of lines, indent() adds a prefix.

The lines are CPython's to the character, because the text is cut into
the same chunks: runs of whitespace; words, which end where whitespace or
the end begins; a word also ends after a hyphen between letters
("well-" "known", not "x-" "y" or "-" "x"), and before an em-dash of two
or more hyphens that joins words ("word" "--" "word").  Lines are then
filled with whole chunks, as many as fit."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# the whitespace textwrap knows: ASCII only, as CPython's
_WHITESPACE = '\t\n\x0b\x0c\r '
_TO_SPACES = {ord(char): ' ' for char in _WHITESPACE}


def _is_word_char(char):
    return char.isalnum() or char == '_'


def _is_letter(char):
    """A word character that is not a decimal digit."""
    return (char.isalnum() or char == '_') and not char.isdecimal()


def _is_word_or_punct(char):
    return _is_word_char(char) or char in '!"\'&.,?'


def _letter_at(text, position):
    return 0 <= position < len(text) and _is_letter(text[position])


def _breaks_after_hyphen(text, hyphen):
    """Whether a word may end after the hyphen at text[hyphen]: letters
    before it (two letters, or letter-hyphen-letter) and after it (two
    letters, maybe with a hyphen between)."""
    before = (_letter_at(text, hyphen - 1) and
              (_letter_at(text, hyphen - 2) or
               (hyphen >= 3 and text[hyphen - 2] == '-' and
                _letter_at(text, hyphen - 3))))
    if not before:
        return False
    after = hyphen + 1
    if not _letter_at(text, after):
        return False
    if after + 1 < len(text) and text[after + 1] == '-':
        after += 1
    return _letter_at(text, after + 1)


def _dash_run_end(text, start):
    """The end of the run of two or more hyphens at start that a word
    character follows (an em-dash), or -1."""
    end = start
    while end < len(text) and text[end] == '-':
        end += 1
    if end - start >= 2 and end < len(text) and _is_word_char(text[end]):
        return end
    return -1


def _split_words(text, on_hyphens):
    """text cut into chunks: runs of whitespace, and words (see the module
    documentation)."""
    chunks = []
    start = 0
    size = len(text)
    while start < size:
        if text[start] in _WHITESPACE:
            end = start + 1
            while end < size and text[end] in _WHITESPACE:
                end += 1
        elif not on_hyphens:
            end = start + 1
            while end < size and text[end] not in _WHITESPACE:
                end += 1
        elif (start > 0 and _is_word_or_punct(text[start - 1]) and
              _dash_run_end(text, start) > 0):
            end = _dash_run_end(text, start)          # an em-dash
        else:
            end = _word_end(text, start)
        chunks.append(text[start:end])
        start = end
    return chunks


def _word_end(text, start):
    """Where the word starting at text[start] ends: at the first place past
    its first character that ends a word."""
    size = len(text)
    end = start + 1
    while True:
        if (end < size and text[end] == '-' and
                _breaks_after_hyphen(text, end)):
            return end + 1
        if end == size or text[end] in _WHITESPACE:
            return end
        if _is_word_or_punct(text[end - 1]) and _dash_run_end(text, end) > 0:
            return end
        end += 1


def _ends_sentence(chunk):
    """A lower-case letter, then '.', '!' or '?', maybe then a quote."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps text into lines, with these options (attributes, also
    keyword arguments of the constructor):

    width (70)               the longest a line may be
    initial_indent ('')      put before the first line
    subsequent_indent ('')   put before the others
    expand_tabs (True)       tabs become spaces first (tabsize, 8)
    replace_whitespace (True)  then each whitespace character a space
    fix_sentence_endings (False)  two spaces after a sentence's end
    break_long_words (True)  cut words longer than a line
    drop_whitespace (True)   no whitespace at the start or end of lines
    break_on_hyphens (True)  lines may end after a hyphen in a word
    max_lines (None)         at most this many lines, the last ending
                             with placeholder (' [...]') if text is cut
    """

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # Every option is an attribute of the same name.
        vars(self).update(
            width=width, initial_indent=initial_indent,
            subsequent_indent=subsequent_indent, expand_tabs=expand_tabs,
            replace_whitespace=replace_whitespace,
            fix_sentence_endings=fix_sentence_endings,
            break_long_words=break_long_words,
            drop_whitespace=drop_whitespace,
            break_on_hyphens=break_on_hyphens, tabsize=tabsize,
            max_lines=max_lines, placeholder=placeholder)

    # -- from text to chunks

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACES)
        return text

    def _split(self, text):
        return _split_words(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        # One space after a chunk that ends a sentence becomes two.  (A
        # space chunk never ends a sentence, so a widened one is passed
        # over without a check of its own.)
        for position in range(len(chunks) - 1):
            if chunks[position + 1] == ' ' and _ends_sentence(chunks[position]):
                chunks[position + 1] = '  '

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- from chunks to lines

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts on cur_line (cur_len long) what fits of the next chunk,
        reversed_chunks[-1], which is longer than a line."""
        room = 1 if width < 1 else width - cur_len
        word = reversed_chunks[-1]
        if not self.break_long_words:
            # an overlong word goes whole, on a line of its own
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # rather cut after the last hyphen that fits, if some of what
            # comes before it is not hyphens
            hyphen = word.rfind('-', 0, room)
            if hyphen > 0 and word[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_sizes(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _is_blank(self, chunk):
        return chunk.strip() == ''

    def _wrap_chunks(self, chunks):
        """The lines made of chunks, each line as full as it can be."""
        self._check_sizes()
        lines = []
        pending = chunks[::-1]          # the next chunk is pending[-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if self.drop_whitespace and lines and self._is_blank(pending[-1]):
                del pending[-1]         # no line starts with whitespace
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(chunk) for chunk in line)
                if line == [''] and pending and pending[-1] == '':
                    # An indent as wide as the line and whitespace kept:
                    # CPython cuts the same empty chunk forever (and runs
                    # out of memory); here it is dropped after one line.
                    del pending[-1]
            if self.drop_whitespace and line and self._is_blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if self._may_add_line(lines, pending, used, room):
                lines.append(indent + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, room, indent)
            break
        return lines

    def _may_add_line(self, lines, pending, used, room):
        """Whether a line can be added whole under max_lines: not the last
        line allowed, or the last one and nothing (but whitespace) after."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_left = not pending or (self.drop_whitespace and
                                       len(pending) == 1 and
                                       self._is_blank(pending[0]))
        return nothing_left and used <= room

    def _end_with_placeholder(self, lines, line, used, room, indent):
        """Ends the text with the placeholder: after the chunks of line that
        leave room for it, else after the previous line, else alone."""
        while line:
            if not self._is_blank(line[-1]) and \
                    used + len(self.placeholder) <= room:
                lines.append(indent + ''.join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    # -- the public methods

    def wrap(self, text):
        """text as a list of lines of at most width characters, without
        final newlines."""
        return self._wrap_chunks(self._chunks(text))

    def _chunks(self, text):
        # The chunks of text, with two spaces after sentence ends if asked.
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return chunks

    def fill(self, text):
        """text wrapped, as a single string of lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (see TextWrapper's options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width, as one string of lines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit in width characters:
    the words that fit, then the placeholder (' [...]')."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.split()))


def _leading_blanks(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """text with the indentation (spaces and tabs) common to all its lines
    removed; lines of only spaces and tabs become empty, and do not count.
    A tab and spaces are different indentation."""
    lines = text.split('\n')
    margin = None
    for number, line in enumerate(lines):
        blanks = _leading_blanks(line)
        if blanks == line:
            lines[number] = ''
            continue
        if margin is None:
            margin = blanks
            continue
        common = 0
        while (common < len(margin) and common < len(blanks) and
               margin[common] == blanks[common]):
            common += 1
        margin = margin[:common]
    if margin:
        lines = [line[len(margin):] for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added at the start of each line for which
    predicate(line) is true (by default: lines not only whitespace)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
