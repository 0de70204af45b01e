import pprint
data = {'users': [{'name': 'Alice', 'roles': ['admin', 'dev'], 'id': 1}, {'name': 'Bob', 'roles': [], 'id': 2}],
        'config': {'debug': True, 'level': 3, 'paths': ('/usr/bin', '/usr/local/bin', '/opt/tools/bin')},
        'numbers': list(range(30)), 'empty': {}, 'z': None, 'a': 1.5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint({'text': 'word ' * 30})
pprint.pprint({3, 1, 2}); pprint.pprint((1,)); pprint.pprint([]); pprint.pprint('short')
print(pprint.pformat({'b': 2, 'a': 1}), pprint.pformat({'b': 2, 'a': 1}, sort_dicts=False))
pprint.pp({'b': [1, 2], 'a': 'x'})
l = [1, 2]; l.append(l)
print(pprint.saferepr(l).split(' with')[0], pprint.isrecursive(l), pprint.isreadable([1, 'a']))
pprint.pprint([[1, 2, 3] * 10, {'key': frozenset({'only'})}], indent=4)
