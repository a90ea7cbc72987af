class BatchMaker:
    def __init__(self, items, size):
        self.items = items
        self.size = size

    def getBatches(self):
        result = []
        current = []
        for item in self.items:
            current.append(item)
            if len(current) == self.size:
                result.append(current)
                current = []
        if len(current) > 0:
            result.append(current)
        return result


def to_batches(items, size):
    return BatchMaker(items, size).getBatches()


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
