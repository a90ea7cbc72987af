def to_batches(items, size):
    batches = []
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            batches.append(batch)
            batch = []
    if len(batch) > 0:
        batches.append(batch)
    return batches


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
