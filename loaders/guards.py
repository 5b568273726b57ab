"""Cheap text tests that decide whether a regex scan can be skipped.

Rules whose patterns need a literal word run only where a :func:`holds_any` test over the
lower-cased text finds one. That guard is only sound when lower-casing cannot hide a match of a
case-insensitive pattern, which :func:`fold_unsafe` checks.
"""

from __future__ import annotations


def holds_any(s: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``s``."""
    for w in words:
        if w in s:
            return True
    return False


def fold_unsafe(s: str) -> bool:
    """Whether ``s`` holds a character that re.IGNORECASE equates with an ASCII letter although str.lower() does not
    map it to that letter (U+0130, U+0131, U+017F, U+212A): then lower-cased text is no guard for such patterns."""
    return "\u0130" in s or "\u0131" in s or "\u017f" in s or "\u212a" in s
