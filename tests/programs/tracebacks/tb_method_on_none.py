import re
match = re.match(r"(\d+)-(\d+)", "abc")
print(match.group(1))
