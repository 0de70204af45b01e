for v in [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(3)]:
    print(repr(v), bool(v))
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(Z()), bool(L()), bool(object()))
