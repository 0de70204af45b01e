import sys
print("before")
sys.exit("fatal: config missing")
