def to_batches(items, size):
    if size <= 0:
        raise ValueError(f"size must be positive, got {size}")

    def generate():
        batch = []
        for item in items:
            batch.append(item)
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch

    return generate()
