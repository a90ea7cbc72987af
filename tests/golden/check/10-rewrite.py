def count_words(words: list, minLength = None) -> dict:
    counts = {}
    for word in words:
        if minLength != None and len(word) < minLength:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts
