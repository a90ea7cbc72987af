def to_batches(items, size):
    iterator = iter(items)
    batch = []
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        batch.append(item)
        if batch.__len__() == size:
            yield batch
            batch = []
    if batch.__len__() > 0:
        yield batch
