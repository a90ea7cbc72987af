def to_batches(items, size):
    """Yield lists of up to `size` items from any iterable, as soon as each is full."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
