def to_batches(items, size):
    batches = []
    current = []
    for item in items:
        current.append(item)
        if len(current) == size:
            batches.append(current)
            current = []
    if current:
        batches.append(current)
    yield from batches


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
