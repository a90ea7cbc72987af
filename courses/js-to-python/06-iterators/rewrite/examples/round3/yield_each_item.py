def to_batches(items, size):
    count = 0
    for item in items:
        yield item
        count += 1
        if count == size:
            count = 0
