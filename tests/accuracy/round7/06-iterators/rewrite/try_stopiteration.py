def to_batches(items, size):
    it = iter(items)
    while True:
        batch = []
        try:
            while len(batch) < size:
                batch.append(next(it))
        except StopIteration:
            if batch:
                yield batch
            return
        yield batch
