def to_batches(items, size):
    iterator = iter(items)
    while True:
        batch = []
        try:
            while len(batch) < size:
                batch.append(next(iterator))
        except StopIteration:
            if batch:
                yield batch
            return
        yield batch


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
