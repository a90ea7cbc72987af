#!/usr/bin/env python3
"""Fails (exit 1) when an include cycle appears among the headers of
src/web or src/store, or among the modules of src/web or src/store (a module
is X.c with X.h; module A depends on B when A.c or A.h includes B.h).  The router
includes the handlers' headers (api.h, page.h) and they include only the
helpers (reply.h, request.h, app.h): a helper that included a handler again
would close a cycle.  In src/store, store.c includes backend.h and
backend.h includes only records.h (the types), never store.h.  Usage: include_cycles.py [ROOT]; prints each cycle."""
import os
import re
import sys

HEADER_DIRS = ("web", "store")
MODULE_DIRS = ("web", "store")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/([A-Za-z0-9_]+)\.h"', re.M)


def includes(path, directory):
    """The stems of the headers of DIRECTORY that PATH includes."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return {stem for d, stem in INCLUDE.findall(f.read()) if d == directory}


def find_cycle(graph):
    """One cycle of GRAPH (node -> set of nodes) as a list, or None."""
    state = {}

    def visit(node, path):
        state[node] = "open"
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt, path)
                if found:
                    return found
        path.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def files(root, directory, ext):
    d = os.path.join(root, "src", directory)
    if not os.path.isdir(d):
        return []
    return sorted(f[: -len(ext)] for f in os.listdir(d) if f.endswith(ext))


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    bad = 0
    for directory in HEADER_DIRS:
        base = os.path.join(root, "src", directory)
        graph = {h: includes(os.path.join(base, h + ".h"), directory) - {h}
                 for h in files(root, directory, ".h")}
        cycle = find_cycle(graph)
        if cycle:
            print("header include cycle in src/%s: %s" % (directory, " -> ".join(c + ".h" for c in cycle)))
            bad = 1
    for directory in MODULE_DIRS:
        base = os.path.join(root, "src", directory)
        graph = {}
        for stem in set(files(root, directory, ".c")) | set(files(root, directory, ".h")):
            deps = set()
            for ext in (".c", ".h"):
                path = os.path.join(base, stem + ext)
                if os.path.exists(path):
                    deps |= includes(path, directory)
            graph[stem] = deps - {stem}
        cycle = find_cycle(graph)
        if cycle:
            print("module include cycle in src/%s: %s" % (directory, " -> ".join(cycle)))
            bad = 1
    if not bad:
        print("no include cycle in src/%s (headers), src/%s (modules)" %
              ("|".join(HEADER_DIRS), "|".join(MODULE_DIRS)))
    return bad


if __name__ == "__main__":
    sys.exit(main())
