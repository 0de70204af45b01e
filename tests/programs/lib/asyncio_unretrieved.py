# asyncio: a task's exception that nobody retrieves is reported when the task is freed (on stderr,
# through the 'asyncio' logger); one retrieved by exception(), await or gather is not
import asyncio
async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)
async def main():
    asyncio.create_task(fail(1))
    await asyncio.sleep(0.01)
    print("retrieved ones say nothing")
    t = asyncio.create_task(fail(2))
    await asyncio.sleep(0.01)
    print(repr(t.exception()))
    del t
    g = asyncio.gather(fail(3), return_exceptions=True)
    print(await g)
    print("end of main")
asyncio.run(main())
