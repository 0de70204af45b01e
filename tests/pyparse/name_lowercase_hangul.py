x = "\N{hangul syllable gag}"
