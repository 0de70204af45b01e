assert True, 'never'
try:
    assert 1 == 2, 'math broke'
except AssertionError as e:
    print('assert:', e)
try:
    assert []
except AssertionError as e:
    print('empty message', repr(e))
x = 5
print('done')
