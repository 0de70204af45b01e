# difflib: get_close_matches, SequenceMatcher (ratios, blocks, opcodes, junk, autojunk), unified/context diffs, ndiff with ? lines
import difflib, random
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheat", "whale", "hello"], n=2, cutoff=0.5))
s = difflib.SequenceMatcher(None, "abxcd", "abcd"); print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes(), s.find_longest_match(0, 5, 0, 4))
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "two\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.context_diff(a, b, fromfile="a.txt", tofile="b.txt", n=1)))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print("".join(difflib.ndiff("the quick brown fox".split(" "), "the quack brown box".split(" "))))
diff = list(difflib.ndiff(a, b)); print("".join(difflib.restore(diff, 2)) == "".join(b))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;"); print(round(s.ratio(), 3), s.get_opcodes())
random.seed(5)
for _ in range(30):
    x = "".join(random.choice("abcd ") for _ in range(random.randint(0, 30)))
    y = "".join(random.choice("abcd ") for _ in range(random.randint(0, 30)))
    m = difflib.SequenceMatcher(None, x, y)
    print(m.ratio(), m.get_opcodes())
long_a = [random.choice("abc") for _ in range(300)]; long_b = [random.choice("abc") for _ in range(300)]
print(difflib.SequenceMatcher(None, long_a, long_b).ratio(), difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio())
