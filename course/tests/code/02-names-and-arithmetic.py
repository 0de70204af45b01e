width = 3
area = width * width + 1
print(area)
