import asyncio
async def main():
    try:
        print([x async for x in [1, 2]])
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in {1, 2}:
            pass
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
