# a syntax error in the program: CPython's display (file, line, source, caret, message) and status 1
x = 5
x += 
