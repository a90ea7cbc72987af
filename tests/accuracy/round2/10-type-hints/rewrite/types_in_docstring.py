"""Count words, optionally skipping short ones."""


def count_words(words, min_length=None):
    """
    :param words: list of str
    :param min_length: int, optional
    :return: dict of str -> int
    """
    counts = {}
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts
