from __future__ import annotations


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    """Count how often each word occurs.

    Words shorter than ``min_length`` are ignored when it is given.
    """
    counts: dict[str, int] = {}
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts
