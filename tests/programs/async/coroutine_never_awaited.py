# a coroutine that is never awaited: RuntimeWarning with the line where it was dropped
async def f(): pass
f()
c = f()
c.close()
def g():
    f()
g()
print("end")
