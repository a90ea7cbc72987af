def to_batches(items, size):
    current = []
    for item in items:
        current.append(item)
        if len(current) >= size:
            yield list(current)
            current.clear()
    if current:
        yield list(current)
