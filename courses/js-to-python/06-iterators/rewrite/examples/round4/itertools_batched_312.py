from itertools import batched


def to_batches(items, size):
    # Python 3.12 has this built in
    for batch in batched(items, size):
        yield list(batch)


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
