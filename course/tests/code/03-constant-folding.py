week = 7 * 86400
mask = (1 << 8) - 1
name = "py" + "edu"
sign = -1
print(week, mask, name, sign)
