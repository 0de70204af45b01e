count = 0

def bump():
    count += 1          # an assignment: count is local to bump, in all of bump

try:
    bump()
except UnboundLocalError as error:
    print(error)
