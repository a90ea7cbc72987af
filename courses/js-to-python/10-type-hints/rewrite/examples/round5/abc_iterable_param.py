from collections.abc import Iterable


def count_words(words: Iterable[str], min_length: int | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts
