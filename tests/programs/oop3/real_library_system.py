"""A lending library: class hierarchy, class/static methods, custom exceptions, sorting, reports."""
import datetime as dt


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, item, holder):
        super().__init__(f"{item.title!r} is on loan to {holder}")
        self.item = item


class LimitReached(LibraryError):
    pass


class Item:
    loan_days = 21
    _ids = 0

    def __init__(self, title, year):
        Item._ids += 1
        self.id = f"{self.prefix()}{Item._ids:03d}"
        self.title = title
        self.year = year

    @classmethod
    def prefix(cls):
        return cls.__name__[0]

    @staticmethod
    def late_fee(days_late):
        return round(max(0, days_late) * 0.25, 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.id}, {self.title!r}, {self.year})"

    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)


class Book(Item):
    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author


class DVD(Item):
    loan_days = 7

    @staticmethod
    def late_fee(days_late):
        return round(max(0, days_late) * 1.0, 2)


class Member:
    max_loans = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}

    def __str__(self):
        return self.name


class Premium(Member):
    max_loans = 4


class Library:
    def __init__(self):
        self.items = {}
        self.loans = {}

    def add(self, *items):
        for item in items:
            self.items[item.id] = item

    def lend(self, item_id, member, day):
        item = self.items[item_id]
        if item_id in self.loans:
            raise NotAvailable(item, self.loans[item_id][0])
        if len(member.loans) >= member.max_loans:
            raise LimitReached(f"{member} already has {len(member.loans)} items")
        due = day + dt.timedelta(days=item.loan_days)
        self.loans[item_id] = (member, due)
        member.loans[item_id] = due
        return due

    def give_back(self, item_id, day):
        member, due = self.loans.pop(item_id)
        del member.loans[item_id]
        fee = self.items[item_id].late_fee((day - due).days)
        return member, fee

    def catalogue(self, key=None):
        return sorted(self.items.values(), key=key)


lib = Library()
lib.add(Book("Dune", 1965, "Herbert"), Book("Emma", 1815, "Austen"), DVD("Alien", 1979),
        Book("Ulysses", 1922, "Joyce"), DVD("Heat", 1995))
for item in lib.catalogue():
    print(item)
print([i.id for i in lib.catalogue(key=lambda i: i.title)])
ann, bob = Member("ann"), Premium("bob")
start = dt.date(2024, 3, 1)
requests = [("B001", ann), ("D003", ann), ("B004", ann), ("B001", bob), ("D003", bob),
            ("B004", bob), ("D005", bob), ("X999", bob)]
for item_id, who in requests:
    try:
        due = lib.lend(item_id, who, start)
    except LibraryError as e:
        print(f"refused {item_id} for {who}: {type(e).__name__}: {e}")
    except KeyError as e:
        print(f"no such item {e}")
    else:
        print(f"{who} borrows {item_id} until {due:%d %b %Y}")
for item_id, days in [("B001", 30), ("D003", 10), ("B004", 21)]:
    member, fee = lib.give_back(item_id, start + dt.timedelta(days=days))
    print(f"{item_id} back from {member} after {days} days: fee {fee:.2f}")
print({m.name: sorted(m.loans) for m in (ann, bob)})
print(Book.prefix(), DVD.prefix(), Item.late_fee(4), DVD.late_fee(4), isinstance(bob, Member))
