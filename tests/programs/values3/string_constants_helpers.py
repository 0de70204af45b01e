import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(len(string.punctuation), string.punctuation, repr(string.whitespace), len(string.printable), string.printable[:10])
pw = "Secr3t!pass"
checks = {"lower": any(c in string.ascii_lowercase for c in pw), "upper": any(c.isupper() for c in pw), "digit": any(c in string.digits for c in pw), "punct": any(c in string.punctuation for c in pw), "long": len(pw) >= 12}
print(checks, sum(checks.values()), all(checks.values()))
clean = "Hello, World! It's 3pm...".translate(str.maketrans("", "", string.punctuation))
print(clean, clean.lower().split(), "".join(c for c in "a1b2c3" if c in string.ascii_letters))
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
print(string.capwords("the  quick   brown"), [c for c in string.hexdigits if c.isupper()], int(string.digits[3:6]) + 1)
print("{:>5}|{:<5}|{:^5}".format(*string.digits[:3]), "%s-%s" % tuple(string.ascii_uppercase[:2]))
