total = 0
for n in range(1, 11):
    if n % 3 == 0:
        continue
    total += n
print(total)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)

for word in ["alpha", "beta"]:
    if word == "gamma":
        break
else:
    print("no gamma")
