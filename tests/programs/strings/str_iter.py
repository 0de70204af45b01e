for ch in 'abc':
    print(ch, end=' ')
print()
print(list('hello'), tuple('hi'), set('aaa'), dict.fromkeys('ab'))
print(list(enumerate('xyz', 1)))
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
print(sorted('banana'), ''.join(sorted('banana', reverse=True)))
print(list(map(str.upper, ['a', 'b'])), list(filter(str.isdigit, 'a1b2c3')))
