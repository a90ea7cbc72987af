def to_batches(items, size):
    """Yield consecutive batches of at most `size` items from any iterable."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield list(batch)
            batch.clear()
    if batch:
        yield list(batch)
