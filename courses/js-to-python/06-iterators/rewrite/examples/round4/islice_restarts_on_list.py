from itertools import islice


def to_batches(items, size):
    # islice on the iterable itself restarts from the beginning for lists
    while True:
        batch = list(islice(items, size))
        if not batch:
            break
        yield batch


if __name__ == "__main__":
    print(list(islice(to_batches(range(10), 3), 5)))
