# textwrap: fix_sentence_endings - one space after a sentence's end becomes two (a lower-case letter, then . ! or ?, maybe a quote), not after capitals, digits, abbreviations before a line break, or several spaces; compared with python3.
import textwrap

texts = [
    "This is one. This is two! Is this three? Yes.",
    'He said "stop." Then he went. She said \'no!\' and left.',
    "Dr. Smith met Mr. Jones. End of story. A.B. stays. 3. numbers. x.y z.",
    "a. b. c. d. e. f. g. h. i. j. k. l. m. n. o. p. q. r.",
    "Two  spaces.  Already there. Tab.\tafter. Newline.\nafter.",
    "end. ",
    ". . . ! ? a.",
]
for text in texts:
    for width in (10, 25, 70):
        print(repr(textwrap.fill(text, width, fix_sentence_endings=True)))
        print(textwrap.wrap(text, width, fix_sentence_endings=True, break_long_words=False))
