from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def to_batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield consecutive lists of at most `size` elements."""
    if size <= 0:
        raise ValueError(f"size must be positive, got {size}")
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


if __name__ == "__main__":
    print(list(to_batches(range(10), 3)))
