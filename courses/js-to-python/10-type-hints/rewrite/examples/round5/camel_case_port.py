def countWords(words: list[str], minLength: int | None = None) -> dict[str, int]:
    counts = {}
    for word in words:
        if minLength is not None and len(word) < minLength:
            continue
        counts[word] = (counts.get(word) or 0) + 1
    return counts
