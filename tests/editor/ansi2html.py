#!/usr/bin/env python3
"""Renders a terminal capture (tmux capture-pane -e -p) as an HTML page:
SGR colours (16, 256 and 24-bit), bold and reverse; every other escape is
dropped.  Usage: ansi2html.py < capture.txt > page.html"""
import html
import re
import sys

BASE = ["#1d1f21", "#cc6666", "#b5bd68", "#f0c674", "#81a2be", "#b294bb", "#8abeb7", "#c5c8c6",
        "#666666", "#ff7b72", "#9ece6a", "#ffd866", "#7aa2f7", "#d19bf0", "#7dcfff", "#ffffff"]


def color256(n):
    if n < 16:
        return BASE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (v, v, v)


def sgr(params, st):
    p = [int(x) if x else 0 for x in params.split(";")] if params else [0]
    i = 0
    while i < len(p):
        c = p[i]
        if c == 0:
            st.update(fg=None, bg=None, bold=False, rev=False)
        elif c == 1:
            st["bold"] = True
        elif c == 22:
            st["bold"] = False
        elif c == 7:
            st["rev"] = True
        elif c == 27:
            st["rev"] = False
        elif 30 <= c <= 37:
            st["fg"] = BASE[c - 30]
        elif 90 <= c <= 97:
            st["fg"] = BASE[c - 90 + 8]
        elif 40 <= c <= 47:
            st["bg"] = BASE[c - 40]
        elif 100 <= c <= 107:
            st["bg"] = BASE[c - 100 + 8]
        elif c == 39:
            st["fg"] = None
        elif c == 49:
            st["bg"] = None
        elif c in (38, 48) and i + 1 < len(p):
            key = "fg" if c == 38 else "bg"
            if p[i + 1] == 5 and i + 2 < len(p):
                st[key] = color256(p[i + 2])
                i += 2
            elif p[i + 1] == 2 and i + 4 < len(p):
                st[key] = "#%02x%02x%02x" % tuple(p[i + 2:i + 5])
                i += 4
        i += 1


def span(text, st):
    fg, bg = st["fg"] or "#c5c8c6", st["bg"]
    if st["rev"]:
        fg, bg = bg or "#1d1f21", fg
    style = "color:%s;" % fg + ("background:%s;" % bg if bg else "") + ("font-weight:bold;" if st["bold"] else "")
    return '<span style="%s">%s</span>' % (style, html.escape(text))


def main():
    st = dict(fg=None, bg=None, bold=False, rev=False)
    out = []
    for part in re.split(r"(\x1b\[[0-9;?]*[A-Za-z])", sys.stdin.read()):
        m = re.fullmatch(r"\x1b\[([0-9;]*)m", part)
        if m:
            sgr(m.group(1), st)
        elif part and not part.startswith("\x1b"):
            out.append(span(part, st))
    print('<!doctype html><meta charset="utf-8"><body style="margin:0;background:#1d1f21">'
          '<pre style="margin:0;padding:12px;font:15px/1.3 \'DejaVu Sans Mono\',monospace;color:#c5c8c6">'
          + "".join(out) + "</pre></body>")


main()
