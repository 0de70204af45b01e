records = [
    {"dept": "eng", "name": "ann", "salary": 120},
    {"dept": "ops", "name": "bob", "salary": 90},
    {"dept": "eng", "name": "cy", "salary": 110},
    {"dept": "hr", "name": "dee", "salary": 70},
    {"dept": "ops", "name": "eve", "salary": 95},
]
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r)
for dept, rows in sorted(by_dept.items()):
    pay = [r["salary"] for r in rows]
    print(f"{dept:<4} n={len(rows)} total={sum(pay):>4} avg={sum(pay) / len(pay):7.2f} top={max(rows, key=lambda r: r['salary'])['name']}")
index = {r["name"]: r for r in records}
print(index["cy"]["salary"], sorted(index), list(index.values())[-1]["dept"])
inverted = {}
for name, r in index.items():
    inverted.setdefault(r["salary"] // 50 * 50, set()).add(name)
print({k: sorted(v) for k, v in sorted(inverted.items())})
raise_pct = {"eng": 0.05, "ops": 0.03}
updated = {r["name"]: round(r["salary"] * (1 + raise_pct.get(r["dept"], 0)), 2) for r in records}
print(updated, sum(updated.values()), max(updated, key=updated.get), min(updated.items(), key=lambda kv: kv[1]))
print(dict(sorted(updated.items(), key=lambda kv: -kv[1])[:2]), {d: len(v) for d, v in by_dept.items()} == {"eng": 2, "ops": 2, "hr": 1})
try:
    print(index["zed"])
except KeyError as e:
    print("KeyError:", e)
