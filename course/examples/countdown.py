def countdown(n):
    while n > 0:
        yield n
        n -= 1

numbers = countdown(3)
print(next(numbers), "- paused at line", numbers.gi_frame.f_lineno,
      "with", numbers.gi_frame.f_locals)
print(next(numbers), "- paused at line", numbers.gi_frame.f_lineno,
      "with", numbers.gi_frame.f_locals)
print(list(numbers), numbers.gi_frame)
