import sys
print("exit with a tuple")
sys.exit((1, 2))
