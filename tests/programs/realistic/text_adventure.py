# A small text adventure driven by a scripted list of commands: rooms,
# items, a state machine for the door, and a command parser.

class GameError(Exception):
    pass


class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self

    def describe(self):
        lines = [f"== {self.name} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        lines.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(lines)

    def __repr__(self):
        return f"Room({self.name!r})"


class Door:
    STATES = ("locked", "closed", "open")
    TRANSITIONS = {
        ("locked", "unlock"): "closed",
        ("closed", "lock"): "locked",
        ("closed", "open"): "open",
        ("open", "close"): "closed",
    }

    def __init__(self):
        self.state = "locked"

    def apply(self, action):
        key = (self.state, action)
        if key not in self.TRANSITIONS:
            raise GameError(f"cannot {action} a door that is {self.state}")
        self.state = self.TRANSITIONS[key]
        return self.state


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.score = 0

    def take(self, item):
        if item not in self.room.items:
            raise GameError(f"there is no {item} here")
        self.room.items.remove(item)
        self.inventory.append(item)
        self.score += 10
        return f"Taken: {item}"

    def drop(self, item):
        if item not in self.inventory:
            raise GameError(f"you do not have a {item}")
        self.inventory.remove(item)
        self.room.items.append(item)
        return f"Dropped: {item}"


class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty hall with portraits.")
        library = Room("Library", "Shelves full of old books.")
        vault = Room("Vault", "Gold glitters everywhere.")
        garden = Room("Garden", "Overgrown roses and a fountain.")
        hall.connect("north", library, "south")
        hall.connect("west", garden, "east")
        library.items += ["key", "book"]
        garden.items.append("lamp")
        self.vault = vault
        self.library = library
        self.door = Door()
        self.player = Player(hall)
        self.finished = False
        self.log = []

    def command(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return f"I don't know how to '{verb}'."
        try:
            return handler(*rest)
        except GameError as e:
            return f"You can't: {e}."
        except TypeError:
            return f"'{verb}' needs a different number of words."

    def do_look(self):
        return self.player.room.describe()

    def do_go(self, direction):
        room = self.player.room
        if direction == "east" and room is self.library:
            if self.door.state != "open":
                raise GameError("the vault door is " + self.door.state)
            self.player.room = self.vault
        elif direction in room.exits:
            self.player.room = room.exits[direction]
        else:
            raise GameError(f"go {direction} from the {room.name}")
        self.player.moves += 1
        return self.player.room.describe()

    def do_take(self, item):
        return self.player.take(item)

    def do_drop(self, item):
        return self.player.drop(item)

    def do_unlock(self, what):
        if "key" not in self.player.inventory:
            raise GameError("unlock without a key")
        return "The door is now " + self.door.apply("unlock")

    def do_open(self, what):
        return "The door is now " + self.door.apply("open")

    def do_inventory(self):
        inv = self.player.inventory
        return "You carry: " + (", ".join(inv) if inv else "nothing")

    def do_score(self):
        p = self.player
        return f"Score {p.score} in {p.moves} moves"


script = [
    "look", "go north", "take key", "take sword", "go east", "unlock door",
    "open door", "open door", "go east", "look", "inventory", "drop book",
    "drop key", "go south", "dance", "go", "", "go south", "go west",
    "take lamp", "score",
]
game = Game()
for line in script:
    print(f"> {line}")
    print(game.command(line))
print("final room:", game.player.room, "door:", game.door.state)
