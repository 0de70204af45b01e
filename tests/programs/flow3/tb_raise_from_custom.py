class E(Exception):
    pass
try:
    raise E("inner")
except E as e:
    raise E("outer") from e
