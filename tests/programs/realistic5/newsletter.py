# A newsletter generator: textwrap, string.Template, str.format with fields/attributes/nested specs, pprint, enum.Flag, NamedTuple, datetime formatting.
import textwrap
import pprint
import calendar
from string import Template
from enum import Flag, IntEnum, auto
from typing import NamedTuple
from datetime import date, datetime, timedelta


class Channel(Flag):
    EMAIL = auto()
    SMS = auto()
    PUSH = auto()
    ALL = EMAIL | SMS | PUSH


class Tier(IntEnum):
    FREE = 0
    PLUS = 1
    PRO = 2


class Subscriber(NamedTuple):
    name: str
    email: str
    tier: Tier = Tier.FREE
    channels: Channel = Channel.EMAIL
    joined: date = date(2020, 1, 1)

    @property
    def initials(self):
        return "".join(part[0] for part in self.name.split()).upper()

    def greeting(self):
        return f"Dear {self.name.split()[0]}"


class Article:
    def __init__(self, title, body, author, published):
        self.title, self.body, self.author, self.published = title, body, author, published

    def __format__(self, spec):
        if spec == "headline":
            return self.title.upper().center(60, "=")
        if spec.startswith("teaser"):
            width = int(spec[6:] or 40)
            return textwrap.shorten(self.body, width=width, placeholder=" [...]")
        return format(str(self), spec)

    def __str__(self):
        return f"{self.title} by {self.author}"


SUBSCRIBERS = [
    Subscriber("Ada Lovelace", "ada@example.org", Tier.PRO, Channel.ALL, date(2019, 12, 10)),
    Subscriber("alan turing", "alan@example.org", Tier.PLUS, Channel.EMAIL | Channel.PUSH),
    Subscriber("Grace Brewster Hopper", "grace@example.org"),
    Subscriber("Edsger Dijkstra", "ewd@example.org", Tier.PLUS, Channel.SMS, date(2021, 7, 4)),
]

ARTICLES = [
    Article("Compilers in the wild", """
        Compilers translate programs written in one language into another.
        This issue looks at register allocation, at instruction selection and at the
        surprising ways in which small peephole optimisations add up over time.
        """, "G. Hopper", datetime(2024, 2, 29, 9, 5)),
    Article("Notes on structured programming", """
        Go to statements considered harmful: a retrospective, fifty-odd years on,
        with examples in three languages and a short quiz at the end.
        """, "E. W. Dijkstra", datetime(2024, 3, 1, 17, 45, 30)),
]

HEADER = Template("$greeting,\n\nHere is issue #$issue of ${name}Weekly ($date), costing $$0 for $tier members.")

issue_date = date(2024, 3, 4)
for sub in SUBSCRIBERS[:2]:
    print(HEADER.substitute(greeting=sub.greeting(), issue=42, name="Py", date=issue_date.strftime("%A %d %B %Y"),
                            tier=sub.tier.name.title()))
    print()
print(Template("$who likes $what").safe_substitute(who="Grace"), Template("${x}y$$").substitute({"x": 1}))
try:
    Template("$missing").substitute({})
except KeyError as e:
    print("missing key:", e)

for art in ARTICLES:
    print(f"{art:headline}")
    print(f"{art:teaser50}")
    print(f"[{art:<45}]")
    body = textwrap.dedent(art.body).strip()
    print(textwrap.fill(body, width=48, initial_indent="  > ", subsequent_indent="  | "))
    print(f"  published {art.published:%Y-%m-%d %H:%M} ({art.published:%a %j %I%p}) "
          f"{(issue_date - art.published.date()).days} days before the issue")
    print()

print(textwrap.wrap("supercalifragilisticexpialidocious word " * 2, width=12))
print(textwrap.indent("one\n\ntwo\nthree", "# ", lambda line: line.strip() != "two"))

row = "{0.initials:>3} {0.name:<22.20} {0.tier.name:^6} {tier:d} {ch:<18} {0.joined:%b %Y}"
for sub in sorted(SUBSCRIBERS, key=lambda s: (-s.tier, s.name.casefold())):
    print(row.format(sub, tier=sub.tier, ch=str(sub.channels).removeprefix("Channel.")))
print("{:{fill}{align}{width}}|{:.{prec}f}|{word!r:>12}|{data[k][1]}".format(
    "ab", 3.14159, fill="*", align="^", width=9, prec=2, word="ab", data={"k": [0, "deep"]}))
print("%(name)s has %(n)03d items, %(ratio).1f%% full" % {"name": "box", "n": 7, "ratio": 42.25})

print(Channel.EMAIL | Channel.SMS, repr(Channel.SMS | Channel.PUSH), Channel.ALL, Channel(0))
print([c.name for c in Channel], Channel.PUSH in SUBSCRIBERS[1].channels, bool(Channel.SMS & SUBSCRIBERS[1].channels))
print(Tier.PRO > Tier.PLUS, Tier.PLUS + 1, f"{Tier.PRO}", str(Tier.FREE), repr(Tier(1)), sorted(Tier, reverse=True))
print(SUBSCRIBERS[2], SUBSCRIBERS[2]._replace(tier=Tier.PRO).tier, Subscriber._fields, Subscriber._field_defaults["tier"])
print(SUBSCRIBERS[3]._asdict()["joined"], tuple(SUBSCRIBERS[1])[:2], SUBSCRIBERS[0].initials)

stats = {
    "issue": 42,
    "by_tier": {t.name: [s.name for s in SUBSCRIBERS if s.tier == t] for t in Tier},
    "articles": [{"title": a.title, "words": len(a.body.split()), "tags": ("tech", "history")} for a in ARTICLES],
    "channels": sorted({c.name for s in SUBSCRIBERS for c in Channel if c in s.channels and c is not Channel.ALL}),
}
pprint.pprint(stats, width=72, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=40, compact=True))

print(calendar.month(2024, 2))
print(calendar.monthcalendar(2024, 3)[0], calendar.isleap(2100), calendar.monthrange(2024, 2), calendar.day_name[issue_date.weekday()])
next_issues = [issue_date + timedelta(weeks=k) for k in range(1, 4)]
print([d.isoformat() for d in next_issues], issue_date.isocalendar(), next_issues[-1] - issue_date)
print(timedelta(days=1, seconds=3661, microseconds=5), timedelta(hours=-1), datetime(2024, 3, 4, 12) - datetime(2024, 1, 1))
print(datetime(2024, 1, 31).replace(day=29, month=2).strftime("%d/%m/%y %U %W"), date.fromordinal(738000), date(2024, 3, 4).toordinal())
