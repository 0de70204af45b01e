# a word counter that folds case and strips accents (NFKD, then drop the combining marks), so that "Café", "cafe" and "ＣＡＦÉ" count as one word
import unicodedata

TEXT = '''
Le café était fermé; nous avons bu un CAFE au comptoir.  Ｃａｆé, cafe\u0301, café!
Über die Brücke ging der Bäcker; über die brucke ging die Bäckerin.
São Paulo, sao paulo, SÃO PAULO — the ﬁnal ﬁle; the final file.
Ελληνικά: Αθήνα, ΑΘΗΝΑ, αθηνα.  Tiếng Việt: Việt Nam, viet nam.
Hangul 한국어 and 한국어 (decomposed: \u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165).
'''


def strip_accents(word):
    decomposed = unicodedata.normalize('NFKD', word)
    kept = ''.join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize('NFC', kept)


def words(text):
    current = []
    for c in text:
        category = unicodedata.category(c)
        if category[0] in 'LN' or category[0] == 'M':
            current.append(c)
        elif current:
            yield ''.join(current)
            current = []
    if current:
        yield ''.join(current)


counts = {}
spellings = {}
for word in words(TEXT):
    key = strip_accents(word).casefold()
    counts[key] = counts.get(key, 0) + 1
    spellings.setdefault(key, []).append(word)

for key in sorted(counts, key=lambda k: (-counts[k], k)):
    print(f'{counts[key]:2} {key:12} {ascii(sorted(set(spellings[key])))}')
print(len(counts), 'distinct words,', sum(counts.values()), 'in all')
