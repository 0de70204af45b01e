# A simulated async web crawler: asyncio.run, gather, Queue, create_task, wait_for, locks and async generators.
import asyncio

PAGES = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/missing"],
    "/shop": ["/shop/cart", "/slow"],
    "/shop/cart": [],
    "/team": ["/"],
    "/slow": [],
}


class FetchError(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0)
    if url == "/slow":
        await asyncio.sleep(10)
    if url not in PAGES:
        raise FetchError(f"404 {url}")
    return PAGES[url]


class Crawler:
    def __init__(self, workers=3):
        self.queue = asyncio.Queue()
        self.seen = set()
        self.order = []
        self.errors = []
        self.lock = asyncio.Lock()
        self.workers = workers
        self.visits = {}

    async def worker(self, wid):
        while True:
            url = await self.queue.get()
            try:
                links = await asyncio.wait_for(fetch(url), timeout=0.5)
            except asyncio.TimeoutError:
                self.errors.append(f"timeout {url}")
            except FetchError as e:
                self.errors.append(str(e))
            else:
                async with self.lock:
                    self.order.append(url)
                    self.visits[wid] = self.visits.get(wid, 0) + 1
                for link in links:
                    if link not in self.seen:
                        self.seen.add(link)
                        self.queue.put_nowait(link)
            finally:
                self.queue.task_done()

    async def run(self, start):
        self.seen.add(start)
        await self.queue.put(start)
        tasks = [asyncio.create_task(self.worker(i)) for i in range(self.workers)]
        await self.queue.join()
        for t in tasks:
            t.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return [type(r).__name__ for r in results]


async def countdown(name, n, delay):
    for i in range(n, 0, -1):
        yield f"{name}:{i}"
        await asyncio.sleep(delay)


async def square_later(x):
    await asyncio.sleep(0.001 * (5 - x))
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * x


async def producer_consumer():
    q = asyncio.Queue(maxsize=2)
    log = []

    async def produce():
        for item in range(6):
            await q.put(item)
            log.append(f"put {item}")
        await q.put(None)

    async def consume():
        total = 0
        while (item := await q.get()) is not None:
            total += item
            log.append(f"got {item}")
        return total

    _, total = await asyncio.gather(produce(), consume())
    return total, log


async def main():
    crawler = Crawler()
    finished = await crawler.run("/")
    print("finished workers:", finished)
    print("visited", len(crawler.order), "pages:", sorted(crawler.order))
    print("errors:", sorted(crawler.errors))
    print("all workers busy:", sum(crawler.visits.values()) == len(crawler.order))

    merged = []
    async for tick in countdown("a", 3, 0):
        merged.append(tick)
    print(merged)
    print([t async for t in countdown("b", 4, 0) if not t.endswith("2")])

    results = await asyncio.gather(*(square_later(x) for x in range(5)), return_exceptions=True)
    print([r if isinstance(r, int) else f"{type(r).__name__}({r})" for r in results])
    try:
        await asyncio.gather(square_later(1), square_later(3))
    except ValueError as e:
        print("gather raised:", e)

    total, log = await producer_consumer()
    print("total", total, "log length", len(log), log[:3])

    task = asyncio.create_task(asyncio.sleep(1, result="never"))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled(), task.done())

    done = asyncio.create_task(square_later(4))
    print("value:", await done, done.result())
    return "main done"


print(asyncio.run(main()))
