"""A word-guessing game (like Wordle) played by a simple solver against fixed answers."""
from collections import Counter

WORDS = """cigar rebut sissy humph awake blush focal evade naval serve heath dwarf model
karma stink grade quiet bench abate feign major death fresh crust stool colon abase
marry react batty pride floss helix croak staff paper unfed whelp trawl outdo adobe
crazy sower repay digit crate cluck spike mimic pound maxim linen unmet flesh booby
forth first stand belly ivory seedy print yearn drain bribe stout panel crass flume""".split()


def score(guess, answer):
    """G for the right letter in place, Y for a right letter elsewhere, . otherwise."""
    result = ["."] * 5
    remaining = Counter()
    for i, (g, a) in enumerate(zip(guess, answer)):
        if g == a:
            result[i] = "G"
        else:
            remaining[a] += 1
    for i, g in enumerate(guess):
        if result[i] == "." and remaining[g] > 0:
            result[i] = "Y"
            remaining[g] -= 1
    return "".join(result)


def consistent(word, guess, pattern):
    return score(guess, word) == pattern


def best_guess(candidates):
    # the word whose patterns split the candidates into the most groups
    def spread(word):
        return len({score(word, c) for c in candidates})
    return max(sorted(candidates), key=spread)


def play(answer, first="crate"):
    candidates = list(WORDS)
    guess = first
    history = []
    for turn in range(1, 7):
        pattern = score(guess, answer)
        history.append(f"{guess} {pattern}")
        if pattern == "GGGGG":
            return turn, history
        candidates = [w for w in candidates if consistent(w, guess, pattern)]
        if not candidates:
            raise LookupError(f"no word fits after {history}")
        guess = best_guess(candidates)
    return None, history


print(score("speed", "abide"), score("eerie", "there"), score("crate", "trace"), score("aaaaa", "abase"))
results = {}
for answer in ["focal", "sissy", "helix", "booby", "stout", "print", "mimic"]:
    turns, history = play(answer)
    results[answer] = turns
    print(f"{answer}: {'solved in ' + str(turns) if turns else 'failed'} -> {' | '.join(history)}")
print("average turns:", round(sum(results.values()) / len(results), 2))
print("hardest:", max(results, key=lambda w: (results[w], w)))
try:
    play("zzzzz")
except LookupError as e:
    print("LookupError:", str(e)[:40], "...")
