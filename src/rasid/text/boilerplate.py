"""Lines that are the page, not the article: read-also links, share prompts, photo credits."""
from __future__ import annotations


def boilerplate_lines(text: str) -> list[tuple[int, int]]:
    return []
