class User:
    def __init__(self, name, manager=None):
        self.name = name
        self.manager = manager

    def boss_name(self):
        return self.manager.name.upper()

alice = User("alice")
bob = User("bob", alice)
print(bob.boss_name())
print(alice.boss_name())
