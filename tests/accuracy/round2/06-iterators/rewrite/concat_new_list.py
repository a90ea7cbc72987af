def to_batches(items, size):
    current = []
    for item in items:
        current = current + [item]
        if len(current) >= size:
            yield current
            current = []
    if current:
        yield current
