from typing import Dict, List, Optional


def count_words(words, min_length=None):
    # type: (List[str], Optional[int]) -> Dict[str, int]
    counts = {}
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts
