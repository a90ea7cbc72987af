def to_batches(items, size):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]
