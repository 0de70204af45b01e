class Shape:
    def area(self):
        for side in self.sides:
            if side:
                print(side)
x = 0
