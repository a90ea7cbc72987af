def to_batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield from batch
            batch = []
    if batch:
        yield from batch


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
