from enum import Enum, IntEnum, Flag, auto, IntFlag
class Color(Enum):
    RED = 1
    GREEN = 2
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
class IP(IntFlag):
    A = 1
    B = 2
print(Color.RED, repr(Color.RED), f"{Color.RED}", f"{Color.RED!r}", format(Color.GREEN), str(Color.GREEN), Color.RED.name, Color.RED.value)
print(Pri.HIGH, repr(Pri.HIGH), f"{Pri.HIGH}", f"{Pri.HIGH:>5}", f"{Pri.LOW:d}", format(Pri.HIGH, "03"), str(Pri.LOW), Pri.HIGH + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), list(Perm), Perm(3), ~Perm.R, bool(Perm(0)), f"{Perm.W}")
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, f"{IP.B}", int(IP.A | IP.B), IP(3))
print(list(Color), len(Color), Color(2), Color["RED"], Color.RED is Color(1), Color.RED == 1, Pri.LOW == 1, {Color.RED: "r"}[Color.RED], Color.__members__.keys())
for e in ['Color(5)', 'Color["BLUE"]', 'Pri(7)', 'Color.RED < Color.GREEN', 'Color.RED.value = 3']:
    try: print(e, eval(e) if "=" not in e.replace("==", "") else exec(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.674e-11 * self.mass / self.radius ** 2
for p in Planet:
    print(f"{p.name:<6} {p.gravity:6.2f} {p.value}")
