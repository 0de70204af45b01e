"""Render a tiny subset of Markdown to HTML, line by line, with a generator pipeline."""
import re

SOURCE = """# Release notes

Version **2.1** brings *many* fixes.

## Changes
- faster `parse()` (about 2x)
- new [docs](https://example.com/docs)
- removed the *legacy* mode

## Known issues
1. unicode in `names` — partially supported
2. tabs are expanded to 4 spaces

> Note: this is a *pre-release*.

Thanks to everyone!
"""


def inline(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*([^*]+)\*", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
    return text


def blocks(lines):
    """Group lines into (kind, payload) blocks."""
    para = []
    items, list_kind = [], None
    for line in lines:
        stripped = line.strip()
        m_ul = re.match(r"[-*] (.*)", stripped)
        m_ol = re.match(r"\d+\. (.*)", stripped)
        if m_ul or m_ol:
            if para:
                yield "p", " ".join(para)
                para = []
            kind = "ul" if m_ul else "ol"
            if list_kind and kind != list_kind:
                yield list_kind, items
                items = []
            list_kind = kind
            items.append((m_ul or m_ol).group(1))
            continue
        if items:
            yield list_kind, items
            items, list_kind = [], None
        if not stripped:
            if para:
                yield "p", " ".join(para)
                para = []
        elif stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            yield f"h{level}", stripped[level:].strip()
        elif stripped.startswith(">"):
            yield "blockquote", stripped[1:].strip()
        else:
            para.append(stripped)
    if items:
        yield list_kind, items
    if para:
        yield "p", " ".join(para)


def render(source):
    for kind, payload in blocks(source.splitlines()):
        if kind in ("ul", "ol"):
            inner = "".join(f"<li>{inline(i)}</li>" for i in payload)
            yield f"<{kind}>{inner}</{kind}>"
        else:
            yield f"<{kind}>{inline(payload)}</{kind}>"


html = list(render(SOURCE))
for line in html:
    print(line)
counts = {}
for line in html:
    tag = line[1:line.index(">")]
    counts[tag] = counts.get(tag, 0) + 1
print(sorted(counts.items()))
print(len(SOURCE.split()), "words;", sum(len(h) for h in html), "characters of HTML")
