import sys
print(sys.get_int_max_str_digits(), sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), int("1" * 4300) % 97, f"{big:x}"[:10])
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print("ValueError:", e)
try:
    print(repr(10 ** 5000)[:5])
    sys.set_int_max_str_digits(4300)
    print(f"{10 ** 5000:d}")
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300, 16) > 0, int("0" * 5000 + "1"))
