words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', 'zeta']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(max(words), min(words), 'a' < 'B', 'a' < 'é')
