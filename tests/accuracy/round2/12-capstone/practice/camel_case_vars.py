"""tagcount: print the most common tags in a folder of .json posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

logger = logging.getLogger(__name__)


def main(argv=None):
    argParser = argparse.ArgumentParser(prog="tagcount")
    argParser.add_argument("folder", type=Path)
    argParser.add_argument("--top", dest="topN", type=int, default=5)
    parsedArgs = argParser.parse_args(argv)

    tagCounts = Counter()
    for postFile in parsedArgs.folder.glob("*.json"):
        try:
            postData = json.loads(postFile.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            logger.warning("skipping invalid file %s", postFile)
            continue
        tagCounts.update(postData.get("tags", []))
    for tagName, tagCount in tagCounts.most_common(parsedArgs.topN):
        print(tagName, tagCount)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
