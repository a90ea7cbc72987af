def to_batches(items, size):
    all_items = list(items)
    for start in range(0, len(all_items), size):
        yield all_items[start:start + size]
