count = 0

def bump(step):
    global count
    count = count + step
    return len(str(count))
