"""A tiny text adventure driven by a state machine and a script of commands."""


class GameOver(Exception):
    pass


class Room:
    def __init__(self, name, description, items=(), locked=None):
        self.name = name
        self.description = description
        self.items = list(items)
        self.exits = {}
        self.locked = dict(locked or {})

    def connect(self, direction, room, back):
        self.exits[direction] = room
        room.exits[back] = self

    def __str__(self):
        text = f"{self.name}: {self.description}"
        if self.items:
            text += " You see: " + ", ".join(self.items) + "."
        doors = ", ".join(sorted(self.exits))
        return text + f" Exits: {doors}."


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0

    def go(self, direction):
        if direction not in self.room.exits:
            return f"You can't go {direction}."
        needed = self.room.locked.get(direction)
        if needed and needed not in self.inventory:
            return f"The way {direction} is locked. You need the {needed}."
        self.room = self.room.exits[direction]
        self.moves += 1
        if self.room.name == "Exit":
            raise GameOver(f"You escaped in {self.moves} moves!")
        return str(self.room)

    def take(self, item):
        if item not in self.room.items:
            return f"There is no {item} here."
        self.room.items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def drop(self, item):
        try:
            self.inventory.remove(item)
        except ValueError:
            return f"You don't have {item}."
        self.room.items.append(item)
        return f"Dropped: {item}."


def build_world():
    hall = Room("Hall", "A dusty hall.", ["lamp"])
    library = Room("Library", "Shelves of old books.", ["key", "book"])
    cellar = Room("Cellar", "Dark and damp.")
    exit_ = Room("Exit", "Daylight!")
    hall.connect("north", library, "south")
    hall.connect("down", cellar, "up")
    cellar.connect("east", exit_, "west")
    cellar.locked["east"] = "key"
    return hall


def run(commands):
    player = Player(build_world())
    print(player.room)
    handlers = {
        "go": player.go,
        "take": player.take,
        "drop": player.drop,
        "look": lambda: str(player.room),
        "inv": lambda: "Carrying: " + (", ".join(player.inventory) or "nothing"),
    }
    for line in commands:
        verb, *args = line.split()
        print(f"> {line}")
        handler = handlers.get(verb)
        if handler is None:
            print(f"I don't know how to '{verb}'.")
            continue
        try:
            print(handler(*args))
        except TypeError as e:
            print("Huh?", e)
        except GameOver as win:
            print(win)
            break
    else:
        print("You are still trapped.")
    return player


p = run(["look", "take sword", "take lamp", "go down", "go east", "go up", "go north",
         "take key", "inv", "drop book", "dance", "go", "go south", "go down", "go east", "look"])
print(p.moves, p.inventory)
run(["go west", "inv"])
