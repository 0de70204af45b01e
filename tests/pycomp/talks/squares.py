# The square numbers below n, three ways: a while loop (a comparison and an
# addition per turn, in bytecode), a for loop over range (the iteration in
# C), and a list comprehension (no method lookup, LIST_APPEND).

def squares_while(n):
    result = []
    i = 0
    while i < n:
        result.append(i * i)
        i += 1
    return result


def squares_for(n):
    result = []
    for i in range(n):
        result.append(i * i)
    return result


def squares_comprehension(n):
    return [i * i for i in range(n)]
