def to_batches(items, size):
    batch = []
    for position, item in enumerate(items, start=1):
        batch.append(item)
        if position % size == 0:
            yield batch
            batch = []
    if batch:
        yield batch


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
