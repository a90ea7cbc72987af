def to_batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch.clear()  # reuse the list instead of allocating a new one
    if batch:
        yield batch


if __name__ == "__main__":
    for b in to_batches(range(10), 3):
        print(b)
