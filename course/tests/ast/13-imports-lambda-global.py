import os.path as p, sys
from collections import deque, OrderedDict as OD
from . import sibling
key = lambda item, *, reverse=False: item[1]
def counter():
    global count
    count += 1
