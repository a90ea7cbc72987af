def to_batches(items, size):
    iterator = iter(items)
    while True:
        batch = []
        try:
            for _ in range(size):
                batch.append(next(iterator))
        except StopIteration:
            if batch:
                yield batch
            return
        yield batch
