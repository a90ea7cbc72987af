"""Lesson 06 · Rewrite

Rewrite this batching helper in Python so that it hands out each batch as
soon as it is full and works on any iterable (a list, a file, a generator):

    function toBatches(items, size) {
      const batches = [];
      let batch = [];
      for (const item of items) {
        batch.push(item);
        if (batch.length === size) {
          batches.push(batch);
          batch = [];
        }
      }
      if (batch.length > 0) {
        batches.push(batch);
      }
      return batches;
    }

Write `to_batches` below.  `idiom check` calls it with a list and with a
generator, and reads only as many batches as it needs.
"""


def to_batches(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
