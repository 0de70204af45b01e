# a syntax error in the program: CPython's display (file, line, source, caret, message) and status 1
for i in range(3):
    print(i)
  print("bad")
