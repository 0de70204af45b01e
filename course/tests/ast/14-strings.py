s = "con" 'cat' """enated"""
b = b"bytes"
f = f"{name!r:>10} is {age + 1} years"
