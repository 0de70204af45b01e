import helper_mod
from helper_mod import greet, VALUE as V
print(helper_mod.VALUE, V, greet('you'))
print(helper_mod.__name__)
import helper_mod as hm
print(hm is helper_mod)
