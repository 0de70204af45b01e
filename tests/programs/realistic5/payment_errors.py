# A payment processor using exceptions for control flow: a hierarchy, raise from, __context__, finally, else, ExceptionGroup and an uncaught chained error.
import traceback


class PaymentError(Exception):
    code = "E000"

    def __init__(self, message, *, amount=None):
        super().__init__(message)
        self.amount = amount

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.amount:.2f})" if self.amount is not None else "")


class CardError(PaymentError):
    code = "C100"


class CardDeclined(CardError):
    code = "C101"


class CardExpired(CardError):
    code = "C102"


class FraudSuspected(PaymentError):
    code = "F900"


class RetryLater(Exception):
    def __init__(self, after):
        super().__init__(after)
        self.after = after


class Gateway:
    def __init__(self, script):
        self.script = list(script)
        self.calls = 0

    def charge(self, card, amount):
        self.calls += 1
        outcome = self.script.pop(0) if self.script else "ok"
        if outcome == "timeout":
            raise TimeoutError(f"gateway timed out on call {self.calls}")
        if outcome == "declined":
            raise CardDeclined(f"card {card[-4:]} declined", amount=amount)
        if outcome == "expired":
            raise CardExpired(f"card {card[-4:]} expired")
        if outcome == "busy":
            raise RetryLater(self.calls)
        return f"tx{self.calls:04d}"


log = []


def audit(msg):
    log.append(msg)


def process(gateway, card, amount, retries=2):
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    if amount > 10_000:
        raise FraudSuspected("amount over limit", amount=amount)
    attempt = 0
    while True:
        attempt += 1
        try:
            tx = gateway.charge(card, amount)
        except RetryLater as r:
            audit(f"retry after {r.after}")
            if attempt > retries:
                raise PaymentError(f"gave up after {attempt} attempts") from r
            continue
        except TimeoutError as e:
            raise PaymentError("network failure", amount=amount) from e
        else:
            audit(f"charged {amount} as {tx}")
            return tx
        finally:
            audit(f"attempt {attempt} done")


def checkout(gateway, card, amount):
    try:
        return "OK " + process(gateway, card, amount)
    except CardError as e:
        return f"card problem: {e} / {type(e).__mro__[1].__name__}"
    except PaymentError as e:
        cause = e.__cause__
        return f"payment failed: {e}; cause={cause!r}; suppress={e.__suppress_context__}"
    except ValueError as e:
        return f"bad input: {e}"
    finally:
        audit("checkout closed")


scenarios = [
    ("ok", ["ok"], 25.5),
    ("declined", ["declined"], 99.999),
    ("expired", ["expired"], 10),
    ("busy then ok", ["busy", "busy", "ok"], 12),
    ("busy forever", ["busy"] * 5, 12),
    ("timeout", ["timeout"], 50),
    ("negative", [], -3),
    ("fraud", [], 20_000),
]
for name, script, amount in scenarios:
    gw = Gateway(script)
    log.clear()
    print(f"{name:13} -> {checkout(gw, '4111111111111111', amount)}")
    print(f"{'':13}    calls={gw.calls} log={log}")


def cleanup_fails():
    try:
        raise KeyError("primary")
    except KeyError:
        raise RuntimeError("cleanup failed")


try:
    cleanup_fails()
except RuntimeError as e:
    print("context:", repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise PaymentError("division in fee calc") from None
except PaymentError as e:
    print("from None:", e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


def validate_all(items):
    errors = []
    for i, (card, amount) in enumerate(items):
        try:
            if not card.isdigit():
                raise CardError(f"item {i}: card not numeric")
            if amount <= 0:
                raise ValueError(f"item {i}: bad amount {amount}")
        except Exception as e:
            e.add_note(f"while validating item {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)


try:
    validate_all([("1234", 5), ("12a4", 5), ("9999", 0), ("x", -1)])
except* CardError as eg:
    print("card errors:", [str(e) for e in eg.exceptions])
except* ValueError as eg:
    print("value errors:", [(str(e), e.__notes__) for e in eg.exceptions])

try:
    process(Gateway(["timeout"]), "4000", 5)
except PaymentError:
    lines = traceback.format_exc().splitlines()
    print("traceback lines:", len(lines), lines[0], "|", lines[-1])


def finally_overrides():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            if i == 1:
                print("finally sees i =", i)
    return "loop ended"


print(finally_overrides())
print("final charge:")
process(Gateway(["busy", "busy", "busy"]), "5555444433332222", 75, retries=1)
