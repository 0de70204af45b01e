match = [1, 2, 3]
match match:
    case [first, *rest]:
        print(first, rest)
