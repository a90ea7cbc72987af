from itertools import islice


def to_batches(items, size):
    iterator = iter(items)
    first = list(islice(iterator, size))
    if not first:
        return
    yield first
    yield from to_batches(iterator, size)


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
