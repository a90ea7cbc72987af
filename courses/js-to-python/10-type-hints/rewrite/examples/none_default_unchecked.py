"""Lesson 10 · Rewrite: min_length defaults to None, but the body compares with it anyway."""


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in words:
        if len(word) < min_length:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts
