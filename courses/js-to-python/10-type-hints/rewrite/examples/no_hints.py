def count_words(words, min_length=None):
    """Count the words; `words` is a list of str, the result a dict of str to int."""
    counts = {}
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts
