values = [
    1,
    2,   # inside brackets a line end is NL, not NEWLINE

    3,
]
total = 1 + \
    2
call(a,
     b)
