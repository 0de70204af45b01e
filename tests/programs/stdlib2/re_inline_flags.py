# re: the errors of inline flags and their positions, and Pattern.flags as a plain int
import re
for bad in ["(?i", "(?iz)", "(?i-", "(?-i", "(?-)", "(?i-i)", "(?x", "(?a", "(?au:x)", "(?-a:x)", "(?i-:x)", "(?", "(?-z:x)", "(?i)(?i", "(?L)", "(?ii)x"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiled")
    except re.error as e:
        print(repr(bad), "->", e)
print(re.compile("x").flags, type(re.compile("x").flags), re.compile("x", re.I).flags, re.compile("(?a)x").flags)
for bad in ["(?i!)", "(?i-i:x)", "(?-iz:x)", "(?-i!x)", "(?i-s)", "(?x-i:a)", "(?aL)", "(?uL:x)", "(?-u:x)", "(?-L:x)", "(?i:x", "(?i", "x(?i)", "(?ims-x:a)", "(?a-i:x)", "(?-ii:x)", "(?u)x"]:
    try:
        p = re.compile(bad)
        print(repr(bad), "compiled", p.flags)
    except re.error as e:
        print(repr(bad), "->", e)
