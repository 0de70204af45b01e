s = "Hello, World"
print(s.lower(), s.upper(), s[::-1], s[7:], len(s))
print(s.split(", "), "-".join(["a", "b", "c"]), s.find("World"))
name = "Ada"
print(f"{name!r:>8}|{3.14159:.2f}|{42:05d}", "%s is %d" % (name, 36))
print(repr("tab\there"), "é".encode())
