students_a = {"ann", "bob", "cy", "dee"}
students_b = {"cy", "dee", "eve"}
print(sorted(students_a & students_b), sorted(students_a | students_b), sorted(students_a - students_b), sorted(students_a ^ students_b))
print(students_a >= {"ann"}, {"ann"} < students_a, students_a.isdisjoint({"zed"}), len(students_a | students_b))
seen, dups = set(), set()
for x in [3, 1, 3, 2, 1, 5, 3]:
    (dups if x in seen else seen).add(x)
print(sorted(seen), sorted(dups), sorted(set(range(10)) - seen), {x for x in range(20) if x % 3 == 0} & {x for x in range(20) if x % 2 == 0})
fs = frozenset({"a", "b"})
groups = {fs: 1, frozenset({"c"}): 2}
print(groups[frozenset(["b", "a"])], sorted(map(sorted, groups)), fs | {"c"} == {"a", "b", "c"}, hash(fs) == hash(frozenset("ba")))
s = set("hello")
s.discard("z"); s.discard("h"); s -= {"l"}; s.update("xy")
print(sorted(s), len(s), sorted(s.union("ab", ["q"])), sorted(s.intersection("exyz", "xe")), s.issuperset("eo"))
nums = {1, 2, 3}
nums2 = nums
nums |= {4}
print(nums2, nums is nums2, sorted(nums | {0}), nums2 == {1, 2, 3, 4}, {1, 2} == {2, 1}, {1} in [{1}], {frozenset()})
