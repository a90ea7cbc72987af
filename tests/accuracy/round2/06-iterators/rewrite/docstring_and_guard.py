def to_batches(items, size):
    """Hand out lists of `size` items as soon as each fills up.

    Works on lists, files and generators alike; the last batch may be short.
    """
    if size <= 0:
        raise ValueError(f"size must be positive, got {size}")
    pending = []
    for item in items:
        pending.append(item)
        if len(pending) == size:
            yield pending
            pending = []
    if pending:
        yield pending
