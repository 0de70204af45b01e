# A scripted dungeon crawl: a state machine over rooms, seeded random (choice/randint/shuffle/sample/uniform/gauss), dict and set views, __missing__, walrus and match on command tuples.
import random
from dataclasses import dataclass, field


class Exits(dict):
    def __missing__(self, direction):
        raise LookupError(f"no exit {direction}")


@dataclass
class Room:
    name: str
    description: str
    exits: Exits = field(default_factory=Exits)
    items: set = field(default_factory=set)
    monster: str | None = None
    dark: bool = False


@dataclass
class Player:
    hp: int = 20
    gold: int = 0
    inventory: list = field(default_factory=list)
    visited: set = field(default_factory=set)
    location: str = "gate"
    state: str = "exploring"


def build_world(rng):
    rooms = {
        "gate": Room("gate", "A rusted portcullis."),
        "hall": Room("hall", "Banners hang in tatters.", items={"torch", "rope"}),
        "crypt": Room("crypt", "Bones everywhere.", dark=True, items={"amulet"}),
        "armory": Room("armory", "Empty racks.", items={"sword", "shield"}),
        "lair": Room("lair", "It smells of sulphur.", monster="dragon"),
        "vault": Room("vault", "Gold glitters.", items={"crown"}),
    }
    links = [("gate", "north", "hall"), ("hall", "down", "crypt"), ("hall", "east", "armory"),
             ("armory", "north", "lair"), ("lair", "east", "vault")]
    opposite = {"north": "south", "east": "west", "down": "up"}
    for a, d, b in links:
        rooms[a].exits[d] = b
        rooms[b].exits[opposite[d]] = a
    goblin_room = rng.choice(sorted(r for r in rooms if r not in ("gate", "lair", "vault")))
    rooms[goblin_room].monster = "goblin"
    return rooms


def combat(player, monster, rng, log):
    strength = {"goblin": (6, 2), "dragon": (30, 5)}[monster]
    monster_hp, damage = strength
    weapon = 4 if "sword" in player.inventory else 1
    rounds = 0
    while monster_hp > 0 and player.hp > 0:
        rounds += 1
        hit = rng.randint(1, 6) + weapon
        monster_hp -= hit
        if monster_hp <= 0:
            break
        taken = max(0, rng.randint(0, damage) - ("shield" in player.inventory))
        player.hp -= taken
    outcome = "won" if player.hp > 0 else "lost"
    log.append(f"fought {monster} for {rounds} rounds and {outcome} (hp {player.hp})")
    return outcome == "won"


def step(player, rooms, command, rng, log):
    room = rooms[player.location]
    match command.split():
        case ["go", direction]:
            if room.monster:
                log.append(f"the {room.monster} blocks the way")
                return
            try:
                player.location = room.exits[direction]
            except LookupError as e:
                log.append(str(e))
                return
            new = rooms[player.location]
            first = player.location not in player.visited
            player.visited.add(player.location)
            seen = "dark!" if new.dark and "torch" not in player.inventory else new.description
            log.append(f"{'entered' if first else 'back in'} {new.name}: {seen}")
        case ["take", "all"]:
            if room.dark and "torch" not in player.inventory:
                log.append("too dark to find anything")
                return
            got = sorted(room.items)
            player.inventory.extend(got)
            room.items.clear()
            log.append(f"took {', '.join(got) or 'nothing'}")
        case ["take", item] if item in room.items:
            room.items.discard(item)
            player.inventory.append(item)
            log.append(f"took {item}")
        case ["take", item]:
            log.append(f"there is no {item} here")
        case ["fight"] if (monster := room.monster):
            if combat(player, monster, rng, log):
                room.monster = None
                player.gold += rng.randrange(10, 100, 5)
            else:
                player.state = "dead"
        case ["fight"]:
            log.append("nothing to fight")
        case ["inventory" | "inv"]:
            log.append(f"carrying {sorted(player.inventory)} and {player.gold} gold")
        case ["look"]:
            log.append(f"{room.name}: exits {sorted(room.exits)} items {sorted(room.items)} monster {room.monster}")
        case []:
            log.append("say something")
        case [verb, *_]:
            log.append(f"I don't know how to {verb}")
    if "crown" in player.inventory and player.state == "exploring":
        player.state = "won"


SCRIPT = """look
take lamp
go west
go north
take all
go east
fight
take all
inv
go west
go down
go up
go down
fight
take all
go up
go east
go north
fight
go east
take crown

dance wildly
look"""

rng = random.Random(2024)
rooms = build_world(rng)
print("goblin lurks in:", next(r for r in rooms.values() if r.monster == "goblin").name)
player = Player()
for number, command in enumerate(SCRIPT.splitlines(), 1):
    log = []
    step(player, rooms, command, rng, log)
    for entry in log:
        print(f"{number:>2} {command or '<empty>':<14} {entry}")
    if player.state != "exploring":
        print(f"game over: {player.state} with {player.gold} gold after {number} commands")
        break

left = {name: r.items for name, r in rooms.items() if r.items}
print("left behind:", {k: sorted(v) for k, v in left.items()}, "visited:", sorted(player.visited))
print("unvisited:", sorted(rooms.keys() - player.visited - {"gate"}), rooms["hall"].exits.keys() & {"east", "west"})

rng = random.Random(7)
deck = [f"{r}{s}" for s in "♠♥" for r in ("A", "K", "Q", "J", "10")]
rng.shuffle(deck)
print(deck[:5], rng.sample(range(100), 5), rng.choice("xyz"), rng.choices("ab", weights=[1, 9], k=6))
print(round(rng.random(), 6), round(rng.uniform(1, 2), 6), round(rng.gauss(0, 1), 6), rng.getrandbits(40), rng.randint(-5, 5))
random.seed("dungeon")
print(random.randrange(1000), round(random.triangular(0, 10, 3), 6), random.sample(sorted({"a", "b", "c", "d"}), k=2))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)], round(random.Random(0).expovariate(2), 6), random.Random(1).randbytes(4).hex())
