def slow():
    seconds_per_day = 86400
    return seconds_per_day * 7

def fast():
    return 7 * 86400

print(slow(), fast())
