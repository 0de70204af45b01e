import heapq

class Job:
    def __init__(self, name):
        self.name = name

queue = []
heapq.heappush(queue, (1, Job("a")))
heapq.heappush(queue, (1, Job("b")))
