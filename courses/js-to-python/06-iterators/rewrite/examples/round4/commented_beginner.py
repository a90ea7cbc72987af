# Lesson 6: to_batches as a generator
# In JS I returned one big array of arrays. Here I use "yield" so every batch
# goes to the caller as soon as it is full, and nothing else is kept in memory.


def to_batches(items, size):
    # the batch we are filling right now
    batch = []
    # "for ... in" works on lists, files, generators - anything iterable
    for item in items:
        batch.append(item)  # like batch.push(item)
        # when the batch is full, hand it out
        if len(batch) == size:
            yield batch
            # start a NEW list (do not clear the old one, the caller has it)
            batch = []
    # whatever is left over is the last, smaller batch
    if batch:
        yield batch


if __name__ == "__main__":
    # list() collects all the batches so we can print them
    print(list(to_batches(range(10), 3)))
