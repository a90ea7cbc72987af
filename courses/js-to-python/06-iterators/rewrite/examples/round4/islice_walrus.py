from itertools import islice


def to_batches(items, size):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
