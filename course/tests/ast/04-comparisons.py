ok = a < b <= c != d
found = key in table and value is not None
