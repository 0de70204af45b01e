# unicodedata over a sample of every region of the code space: per 64K plane slice, the counts of each category, bidi class and East Asian width, and sums of combining classes, mirrored flags, numeric values and name lengths
import unicodedata

STEP = 5
for start in range(0, 0x110000, 0x8000):
    categories = {}
    bidi = {}
    widths = {}
    combining = mirrored = name_chars = named = 0
    decompositions = 0
    numeric_sum = 0.0
    for cp in range(start, start + 0x8000, STEP):
        c = chr(cp)
        cat = unicodedata.category(c)
        categories[cat] = categories.get(cat, 0) + 1
        b = unicodedata.bidirectional(c)
        bidi[b] = bidi.get(b, 0) + 1
        w = unicodedata.east_asian_width(c)
        widths[w] = widths.get(w, 0) + 1
        combining += unicodedata.combining(c)
        mirrored += unicodedata.mirrored(c)
        if unicodedata.decomposition(c):
            decompositions += 1
        numeric_sum += unicodedata.numeric(c, 0)
        name = unicodedata.name(c, None)
        if name is not None:
            named += 1
            name_chars += len(name)
    if len(categories) == 1 and 'Cn' in categories:
        continue
    print(f'{start:06X}', ' '.join(f'{k}={v}' for k, v in sorted(categories.items())))
    print('   bidi', ' '.join(f'{k or "-"}={v}' for k, v in sorted(bidi.items())))
    print('   width', ' '.join(f'{k}={v}' for k, v in sorted(widths.items())))
    print('   combining', combining, 'mirrored', mirrored, 'decomposable', decompositions,
          'numeric', numeric_sum, 'named', named, 'name chars', name_chars)
print(unicodedata.unidata_version)
