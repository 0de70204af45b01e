class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.name) + ")"


class Dog(Animal):
    sound = "woof"

    def speak(self):
        return super().speak() + "!"


pets = [Animal("generic"), Dog("rex")]
for pet in pets:
    print(pet.speak())
print(pets, isinstance(pets[1], Animal))
