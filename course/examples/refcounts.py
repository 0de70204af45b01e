import sys

data = [1, 2, 3]
print("one name:         ", sys.getrefcount(data))
alias = data
print("two names:        ", sys.getrefcount(data))
holder = {"key": data}
print("and a dict's value:", sys.getrefcount(data))
del alias
holder.clear()
print("one name again:   ", sys.getrefcount(data))
