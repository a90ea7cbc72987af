from collections import defaultdict


def to_batches(items, size):
    groups = defaultdict(list)
    for index, item in enumerate(items):
        groups[index // size].append(item)
    for key in sorted(groups):
        yield groups[key]
