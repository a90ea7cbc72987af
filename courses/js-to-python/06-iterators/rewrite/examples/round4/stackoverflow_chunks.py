# from https://stackoverflow.com/a/312464
def chunks(lst, n):
    """Yield successive n-sized chunks from lst."""
    for i in range(0, len(lst), n):
        yield lst[i:i + n]


def to_batches(items, size):
    return chunks(items, size)


if __name__ == "__main__":
    print(list(to_batches(list(range(10)), 3)))
