# __bool__ returning a str: TypeError at the if
class Stack:
    def __init__(self): self.items = []
    def pop(self): return self.items.pop()
    def __len__(self): return len(self.items)
    def __bool__(self): return 'yes'
s = Stack()
if s:
    pass
