def to_batches(items, size):
    items = list(items)  # so it works with generators too
    for i in range(0, len(items), size):
        yield items[i:i + size]
