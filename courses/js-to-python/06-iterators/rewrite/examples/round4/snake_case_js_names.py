def to_batches(items, size):
    batch_arr = []
    for item in items:
        batch_arr.append(item)
        if batch_arr.__len__() == size:
            yield batch_arr
            batch_arr = []
    if batch_arr.__len__() > 0:
        yield batch_arr


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
