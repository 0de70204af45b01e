"""A tiny room-based adventure driven by a scripted list of commands."""


class GameError(Exception):
    pass


class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = set()
        self.locked = {}

    def connect(self, direction, other, key=None):
        self.exits[direction] = other
        if key:
            self.locked[direction] = key

    def __str__(self):
        parts = [f"[{self.name}] {self.description}"]
        if self.items:
            parts.append("You see: " + ", ".join(sorted(self.items)))
        parts.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(parts)


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0

    def go(self, direction):
        if direction not in self.room.exits:
            raise GameError(f"you can't go {direction} from here")
        key = self.room.locked.get(direction)
        if key and key not in self.inventory:
            raise GameError(f"the way {direction} is locked (needs {key})")
        self.room = self.room.exits[direction]
        self.moves += 1

    def take(self, item):
        try:
            self.room.items.remove(item)
        except KeyError:
            raise GameError(f"there is no {item} here") from None
        self.inventory.append(item)

    def drop(self, item):
        if item not in self.inventory:
            raise GameError(f"you don't have {item}")
        self.inventory.remove(item)
        self.room.items.add(item)


def build_world():
    hall = Room("Hall", "A draughty hall.")
    kitchen = Room("Kitchen", "Smells of old soup.")
    cellar = Room("Cellar", "Dark and damp.")
    vault = Room("Vault", "Gold glitters everywhere!")
    hall.connect("north", kitchen)
    kitchen.connect("south", hall)
    kitchen.connect("down", cellar)
    cellar.connect("up", kitchen)
    cellar.connect("east", vault, key="brass key")
    kitchen.items.update({"knife", "bread"})
    cellar.items.add("brass key")
    return hall, vault


COMMANDS = [
    "look", "go west", "go north", "take bread", "take spoon", "go down",
    "go east", "take brass key", "inventory", "drop bread", "look", "go east",
    "look", "dance", "quit",
]


def play():
    start, goal = build_world()
    player = Player(start)
    for line in COMMANDS:
        print(f"> {line}")
        verb, _, arg = line.partition(" ")
        try:
            match verb:
                case "look":
                    print(player.room)
                case "go":
                    player.go(arg)
                    print(f"You go {arg}.")
                case "take":
                    player.take(arg)
                    print(f"Taken: {arg}")
                case "drop":
                    player.drop(arg)
                    print(f"Dropped: {arg}")
                case "inventory" | "i":
                    print("Carrying:", player.inventory or "nothing")
                case "quit":
                    break
                case _:
                    raise GameError(f"I don't know how to {verb!r}")
        except GameError as err:
            print(f"Sorry, {err}.")
        if player.room is goal:
            print(f"*** You found the vault in {player.moves} moves! ***")
    print("Final inventory:", player.inventory)


play()
