import re
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
PHONE = re.compile(r"^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
for e in ["a@b.co", "first.last+tag@mail.example.org", "bad@", "@x.com", "no spaces@x.com", "u@host"]:
    print(f"{e:<34} {'valid' if EMAIL.match(e) else 'invalid'}")
for p in ["(555) 123-4567", "555.123.4567", "5551234567", "555-12-34567", "55-123-4567"]:
    m = PHONE.match(p)
    print(f"{p:<16}", "-".join(m.groups()) if m else None)
text = "Released 2023-04-01, patched 2023-13-01 and 2024-02-29; next 2024-12-31."
for m in DATE.finditer(text):
    print(m.group(0), m.groupdict(), m.span())
print(DATE.sub(lambda m: f"{m['d']}/{m['m']}/{m['y']}", text))
print(re.sub(r"\s+", " ", "  too   many\n\tspaces  ").strip(), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"#(\w+)", "#python is #fun"))
print(re.split(r"[;,]\s*", "a, b;c,d"), re.match(r"(\w+)\s(\w+)", "Jane Doe").group(2, 1), bool(re.search(r"^\d+$", "123\n", re.M)))
