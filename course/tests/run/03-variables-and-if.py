temperature = 23
if temperature > 30:
    print("hot")
elif temperature > 20:
    print("warm")
else:
    print("cold")
print(temperature > 20 and temperature < 25)
