"""A small library lending system: classes, exceptions, properties, reports."""
from datetime import date, timedelta


class LibraryError(Exception):
    """Base class for library problems."""


class NotAvailable(LibraryError):
    def __init__(self, title, due):
        super().__init__(f"'{title}' is on loan until {due:%d %b %Y}")
        self.title = title
        self.due = due


class LimitReached(LibraryError):
    pass


class Book:
    _next_id = 1

    def __init__(self, title, author, year):
        self.id = Book._next_id
        Book._next_id += 1
        self.title = title
        self.author = author
        self.year = year
        self.loan = None

    @property
    def available(self):
        return self.loan is None

    def __repr__(self):
        return f"Book#{self.id}({self.title!r}, {self.author}, {self.year})"


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.books = []
        self.fines = 0.0

    def __str__(self):
        return f"{self.name} ({len(self.books)} books, fines ${self.fines:.2f})"


class Loan:
    PERIOD = timedelta(days=14)
    FINE_PER_DAY = 0.25

    def __init__(self, book, member, start):
        self.book = book
        self.member = member
        self.start = start
        self.due = start + self.PERIOD

    def fine_on(self, day):
        late = (day - self.due).days
        return max(0, late) * self.FINE_PER_DAY


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.log = []

    def add(self, *books):
        for b in books:
            self.books[b.id] = b

    def join(self, name):
        m = self.members[name] = Member(name)
        return m

    def find(self, text):
        text = text.lower()
        return [b for b in self.books.values()
                if text in b.title.lower() or text in b.author.lower()]

    def lend(self, book_id, name, day):
        book = self.books[book_id]
        member = self.members[name]
        if not book.available:
            raise NotAvailable(book.title, book.loan.due)
        if len(member.books) >= member.LIMIT:
            raise LimitReached(f"{name} already has {member.LIMIT} books")
        book.loan = Loan(book, member, day)
        member.books.append(book)
        self.log.append((day, "lend", book.title, name))
        return book.loan.due

    def give_back(self, book_id, day):
        book = self.books[book_id]
        loan = book.loan
        if loan is None:
            raise LibraryError(f"{book.title!r} was not on loan")
        fine = loan.fine_on(day)
        loan.member.fines += fine
        loan.member.books.remove(book)
        book.loan = None
        self.log.append((day, "return", book.title, loan.member.name))
        return fine

    def report(self):
        lines = ["Catalogue:"]
        for b in sorted(self.books.values(), key=lambda b: (b.author, b.year)):
            status = "in" if b.available else f"out (due {b.loan.due.isoformat()})"
            lines.append(f"  {b.id:>2} {b.title:<28.28} {b.author:<12} {b.year}  {status}")
        lines.append("Members:")
        for m in sorted(self.members.values(), key=lambda m: -m.fines):
            lines.append(f"  {m}")
        return "\n".join(lines)


lib = Library()
lib.add(Book("The Hobbit", "Tolkien", 1937),
        Book("The Fellowship of the Ring", "Tolkien", 1954),
        Book("Dune", "Herbert", 1965),
        Book("Neuromancer", "Gibson", 1984),
        Book("A Very Long Title That Will Be Truncated Somewhere", "Anon", 2001))
for name in ("ann", "bob"):
    lib.join(name)

start = date(2024, 1, 1)
print("due:", lib.lend(1, "ann", start))
print("due:", lib.lend(3, "ann", start + timedelta(days=1)))
attempts = [(2, "ann"), (1, "bob"), (9, "bob"), (4, "zed")]
for book_id, who in attempts:
    try:
        lib.lend(book_id, who, start + timedelta(days=2))
    except LibraryError as e:
        print(f"{type(e).__name__}: {e}")
    except KeyError as e:
        print(f"unknown id or member: {e}")
print(lib.find("tolk"), lib.find("GIB"))
print("fine:", lib.give_back(1, start + timedelta(days=20)))
print("fine:", lib.give_back(3, start + timedelta(days=10)))
try:
    lib.give_back(3, start)
except LibraryError as e:
    print("error:", e)
lib.lend(5, "bob", date(2024, 2, 29))
print(lib.report())
for entry in lib.log:
    print("{0:%Y-%m-%d} {1:<6} {2} -> {3}".format(*entry))
