def count_words(words: Array[str], min_length: number | None = None) -> Record[str, number]:
    counts = {}
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts
