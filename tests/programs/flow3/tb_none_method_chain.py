class P:
    def __init__(self):
        self.x = None
p = P()
result = p.x.upper().strip()
