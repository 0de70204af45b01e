total = (1 +
         2)

# the answer
print(total)
