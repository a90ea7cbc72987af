from __future__ import annotations


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    """Count how often each word appears.

    Args:
        words: the words to count.
        min_length: when given, shorter words are skipped.

    Returns:
        A dict mapping each kept word to its count.
    """
    counts: dict[str, int] = {}
    for word in words:
        too_short = min_length is not None and len(word) < min_length
        if not too_short:
            counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
