# traceback's format functions strip trailing blanks from source lines and measure (and shift) the carets as CPython's traceback.py does, unlike the report of an uncaught exception.
import sys
import traceback


def fail():
    raise RuntimeError("x")


def show(exc):
    for piece in traceback.format_exception(exc):
        for line in piece.splitlines():
            if line.lstrip().startswith('File "'):
                line = line.split(", ", 1)[1]
            print(repr(line))


try:
    fail()    
except RuntimeError as e:
    show(e)
try:
    x = fail()      
except RuntimeError as e:
    show(e)
try:
    x = [1][0] + fail(
    )  
except RuntimeError as e:
    show(e)
try:
    y = [1][0] + fail(   
    )
except RuntimeError as e:
    show(e)
try:
    {}["key"]  
except KeyError as e:
    show(e)
try:
    fail()  
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
# the interpreter's own report keeps the blanks and the carets
fail()   
