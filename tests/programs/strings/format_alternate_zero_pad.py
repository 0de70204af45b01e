# zero padding with '#': the padding goes after the sign and the 0x/0b/0o prefix
print(format(255, '#010x'), format(-255, '#010x'), format(5, '#010b'), format(8, '#08o'), format(255, '#x'), format(255, '>#10x'), format(255, '0=#10x'), format(255, '#010X'), format(-5, '010'), format(255,'#_x'), format(3.5, '010'), format(-3.5, '+010.2f'))
print(format(2**70, '#030x'), format(-2**70, '#040b'), format(12345678, '#020_x'), format(1234567, '012,'), format(-1234567, '012,'), f"{255:#0{10}x}")
