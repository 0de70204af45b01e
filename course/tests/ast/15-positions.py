# grade: positions
total = price * (1 + rate)
if total > 100:
    print("expensive",
          total)
