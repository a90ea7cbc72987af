from functools import partial
from itertools import islice


def to_batches(items, size):
    it = iter(items)
    # call the lambda until it returns the sentinel []
    return iter(partial(lambda: list(islice(it, size))), [])


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
