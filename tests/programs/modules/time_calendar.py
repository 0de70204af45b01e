import time
t = time.gmtime(86400 * 365)
print(t, t.tm_year, t[0], time.strftime("%Y-%m-%d %H:%M:%S %A %j", t), time.asctime(t), time.mktime(time.localtime(1000000)) == 1000000.0)
print(time.strftime("%d/%m/%y", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
