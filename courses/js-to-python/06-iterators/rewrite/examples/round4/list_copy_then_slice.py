def to_batches(items, size):
    items = list(items)  # so that slicing works for generators too
    for start in range(0, len(items), size):
        yield items[start:start + size]


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
