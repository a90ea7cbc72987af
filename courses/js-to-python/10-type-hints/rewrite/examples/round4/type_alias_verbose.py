# Type aliases so the signature reads like my TypeScript did
WordList = list[str]
WordCounts = dict[str, int]


def count_words(words: WordList, min_length: int | None = None) -> WordCounts:
    """Return how many times each word appears.

    Words shorter than min_length are ignored when min_length is given.
    """
    word_counts: WordCounts = {}
    for word in words:
        too_short = min_length is not None and len(word) < min_length
        if too_short:
            continue
        word_counts[word] = word_counts.get(word, 0) + 1
    return word_counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
