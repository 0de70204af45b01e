import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(len(hex(big)) > 100)
sys.set_int_max_str_digits(6000)
print(len(str(big)))
print(int("7" * 5500) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(str(10**4299)[:5], len(str(10**4299)))
