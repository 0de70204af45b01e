import sys
print('x')
sys.exit('fatal: something went wrong')
