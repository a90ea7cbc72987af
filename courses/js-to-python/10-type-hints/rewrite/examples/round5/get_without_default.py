def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counts = {}
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        counts[word] = counts.get(word) + 1
    return counts
