from collections import Counter
c = Counter("hello")
print(c.most_common(1)[0][0])
print(c["l"] / c["z"])
