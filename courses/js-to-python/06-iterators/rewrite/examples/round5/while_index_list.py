def to_batches(items, size):
    result = []
    i = 0
    while i < len(items):
        chunk = []
        j = 0
        while j < size and i < len(items):
            chunk.append(items[i])
            i += 1
            j += 1
        result.append(chunk)
    return result
