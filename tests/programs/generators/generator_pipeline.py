def numbers():
    for i in range(1, 11):
        yield i
def evens(seq):
    return (x for x in seq if x % 2 == 0)
def squares(seq):
    for x in seq:
        yield x * x
print(list(squares(evens(numbers()))))
print(next(iter(range(5))), list(zip(numbers(), 'abc')), dict(enumerate('xy', 1)))
it = iter([1, 2, 3])
for x in it:
    print(x, list(it))
