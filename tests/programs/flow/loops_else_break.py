def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

for n in (9, 13, 2, 25):
    find_prime_factor(n)

count = 0
while count < 3:
    count += 1
else:
    print("while finished normally at", count)

while True:
    count -= 1
    if count == 0:
        break
else:
    print("never")
print("count", count)

for i in []:
    print("never")
else:
    print("empty loop else")

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
    else:
        print("inner done for", i)

n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print("multiple of 3:", n)

for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z)
for i, ch in enumerate("abc", start=1):
    print(i, ch, end="; ")
print()
for k in {"b": 1, "a": 2}:
    print(k)
it = iter(range(5))
for a in it:
    print(a, next(it, None))
