"""A lending library: class hierarchy, properties, class/static methods, dunders."""
from datetime import date, timedelta


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, item, due):
        super().__init__(f"{item.title!r} is out until {due:%Y-%m-%d}")
        self.item = item


class Item:
    loan_days = 21
    _next_id = 1

    def __init__(self, title, year):
        self.title = title
        self.year = year
        self.id = Item._next_id
        Item._next_id += 1

    @property
    def kind(self):
        return type(self).__name__.lower()

    def fine_per_day(self):
        return 0.25

    def __repr__(self):
        return f"{type(self).__name__}({self.title!r}, {self.year})"

    def __lt__(self, other):
        return (self.title.lower(), self.year) < (other.title.lower(), other.year)


class Book(Item):
    def __init__(self, title, year, author, pages):
        super().__init__(title, year)
        self.author = author
        self.pages = pages

    def __str__(self):
        return f"{self.title} by {self.author} ({self.year}, {self.pages}p)"


class DVD(Item):
    loan_days = 7

    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes

    def fine_per_day(self):
        return 1.0

    def __str__(self):
        h, m = divmod(self.minutes, 60)
        return f"{self.title} [{h}h{m:02d}m]"


class ReferenceBook(Book):
    loan_days = 0


class Library:
    def __init__(self):
        self.items = {}
        self.loans = {}

    def add(self, *items):
        for it in items:
            self.items[it.id] = it
        return self

    def __len__(self):
        return len(self.items)

    def __contains__(self, title):
        return any(it.title == title for it in self.items.values())

    def __iter__(self):
        return iter(sorted(self.items.values()))

    def lend(self, item_id, who, today):
        item = self.items[item_id]
        if item.loan_days == 0:
            raise LibraryError(f"{item.title!r} is for reference only")
        if item_id in self.loans:
            raise NotAvailable(item, self.loans[item_id][1])
        due = today + timedelta(days=item.loan_days)
        self.loans[item_id] = (who, due)
        return due

    def give_back(self, item_id, today):
        who, due = self.loans.pop(item_id)
        late = (today - due).days
        fine = max(0, late) * self.items[item_id].fine_per_day()
        return who, late, fine

    @staticmethod
    def format_fine(amount):
        return f"${amount:,.2f}" if amount else "no fine"


lib = Library().add(
    Book("Dune", 1965, "Frank Herbert", 412),
    Book("neuromancer", 1984, "William Gibson", 271),
    DVD("Alien", 1979, 117),
    ReferenceBook("Oxford Dictionary", 1989, "Various", 21728),
    DVD("Arrival", 2016, 116),
)
print(len(lib), "Dune" in lib, "Emma" in lib)
for it in lib:
    print(f"  #{it.id} {it.kind:<13} {it}")
day = date(2024, 3, 1)
print("due:", lib.lend(1, "ann", day), lib.lend(3, "bob", day))
for attempt in [(1, "cy"), (4, "dee"), (99, "eve")]:
    try:
        lib.lend(*attempt, day)
    except NotAvailable as e:
        print("NotAvailable:", e, "|", repr(e.item))
    except LibraryError as e:
        print("LibraryError:", e)
    except KeyError as e:
        print("no such item:", e)
for item_id, back in [(1, date(2024, 3, 25)), (3, date(2024, 3, 20))]:
    who, late, fine = lib.give_back(item_id, back)
    print(f"{who} returned #{item_id}: {late:+d} days, {Library.format_fine(fine)}")
print(sorted(lib)[0], min(lib), max(lib, key=lambda i: i.year), [i.kind for i in lib if isinstance(i, Book)])
print(issubclass(ReferenceBook, Item), ReferenceBook.__mro__[1].__name__, DVD.loan_days, Book.loan_days, Item.fine_per_day(next(iter(lib))))
