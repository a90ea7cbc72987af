from collections import deque


def to_batches(items, size):
    buffer = deque()
    for item in items:
        buffer.append(item)
        if len(buffer) == size:
            yield list(buffer)
            buffer.clear()
    if buffer:
        yield list(buffer)
