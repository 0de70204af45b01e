"""An asyncio job runner: workers pull jobs from a queue, retry failures, report results."""
import asyncio


class JobFailed(Exception):
    def __init__(self, job_id, attempt):
        super().__init__(f"job {job_id} failed on attempt {attempt}")
        self.job_id = job_id


class Job:
    def __init__(self, job_id, duration, fail_times=0):
        self.id = job_id
        self.duration = duration
        self.fail_times = fail_times
        self.attempts = 0

    async def run(self):
        self.attempts += 1
        await asyncio.sleep(self.duration)
        if self.attempts <= self.fail_times:
            raise JobFailed(self.id, self.attempts)
        return self.id * 10


async def worker(name, queue, results, log, max_attempts=3):
    while True:
        job = await queue.get()
        try:
            value = await job.run()
        except JobFailed as e:
            log.append(f"{name}: {e}")
            if job.attempts < max_attempts:
                await queue.put(job)
            else:
                results[job.id] = "gave up"
        else:
            results[job.id] = value
            log.append(f"{name}: job {job.id} -> {value}")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    jobs = [Job(1, 0.01), Job(2, 0.02, fail_times=1), Job(3, 0.005), Job(4, 0.01, fail_times=5),
            Job(5, 0.0)]
    for job in jobs:
        queue.put_nowait(job)
    results, log = {}, []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, log)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    for job_id in sorted(results):
        print(f"job {job_id}: {results[job_id]!r} after {jobs[job_id - 1].attempts} attempt(s)")
    print(len(log), "log lines;", sum("failed" in line for line in log), "failures")
    return results


async def with_timeout():
    async def slow():
        await asyncio.sleep(5)
        return "never"
    try:
        return await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        return "timed out"


results = asyncio.run(main())
print(asyncio.run(with_timeout()))
print(sum(v for v in results.values() if isinstance(v, int)))
