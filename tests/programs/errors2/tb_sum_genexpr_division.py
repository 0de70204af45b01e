# ZeroDivisionError inside a generator expression given to sum()
nums = [1, 2, 0, 4]
print(sum(10 / n for n in nums))
