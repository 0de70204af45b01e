# (imported by syntax_error_in_import.py: a module with a syntax error)
x = 1
if x
    pass
