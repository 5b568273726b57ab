"""Readers: article files -> :class:`~evkg.loaders.types.Article`.

Formats, chosen by suffix:

========================  =====================================================================
``.txt`` ``.text``         plain text; optional front matter (``---`` / ``key: value`` / ``---``)
``.md`` ``.markdown``      Markdown, kept as written; optional front matter
``.html`` ``.htm``         main text only: scripts, styles, navigation, ads and footers removed
``.json``                  one article object, a list of them, or ``{"articles": [...]}``
``.jsonl`` ``.ndjson``     one article object per line
``.xml`` ``.rss`` ``.atom`` RSS or Atom feed, one article per item (feedparser)
========================  =====================================================================

Article objects use the keys ``title``, ``text`` (or ``content`` / ``body``), ``date``, ``url``,
``publisher``. Metadata can also come from a sidecar file ``<name>.meta.json`` next to the article.

Bad input never stops a run: :func:`iter_file` yields an :class:`~evkg.ontology.errors.ArticleError`
for each unreadable file or JSON line, and the caller decides (warn and go on, or ``--strict``).

Example:
    >>> from pathlib import Path; import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("---\\ntitle: CATL news\\ndate: 2024-08-28\\n---\\nCATL unveiled a battery.\\n")
    >>> [a] = read_path(p)
    >>> a.title, a.date, a.text
    ('CATL news', '2024-08-28', 'CATL unveiled a battery.\\n')
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Iterator

from evkg.ontology.errors import ArticleError, InputError

from .types import Article

#: Files larger than this are skipped with a warning (a news article is a few KB).
MAX_BYTES = 8 * 1024 * 1024

SUFFIX_FORMAT = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
_SKIP_SUFFIXES = (".meta.json",)

# -------------------------------------------------------------------------------------------------
# discovery


def discover(sources: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Article files under ``sources`` (files or directories), sorted, each once.

    Directories are walked recursively, following symlinks but never entering a directory twice
    (a symlink loop ends there). Hidden files and sidecar ``.meta.json`` files are skipped.
    A source that does not exist raises :class:`InputError`.
    """
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()
    for src in sources:
        p = Path(src)
        if not p.exists():
            raise InputError(f"{shown(str(p))}: no such file or directory")
        if p.is_file():
            real = os.path.realpath(p)
            if real not in seen_files:
                seen_files.add(real)
                yield p
            continue
        yield from _walk(p, seen_dirs, seen_files)


def _walk(d: Path, seen_dirs: set[str], seen_files: set[str]) -> Iterator[Path]:
    real = os.path.realpath(d)
    if real in seen_dirs:
        return
    seen_dirs.add(real)
    try:
        entries = sorted(os.scandir(d), key=lambda e: e.name)
    except OSError as err:
        raise InputError(f"{shown(str(d))}: cannot list directory ({err.strerror})") from err
    for e in entries:
        if e.name.startswith("."):
            continue
        p = Path(e.path)
        try:
            is_dir = e.is_dir(follow_symlinks=True)
        except OSError:
            continue
        if is_dir:
            yield from _walk(p, seen_dirs, seen_files)
        elif e.name.endswith(_SKIP_SUFFIXES) or e.name.lower() in ("readme.md", "readme.txt"):
            continue
        elif p.suffix.lower() in SUFFIX_FORMAT:
            # a plain file's real path is its resolved directory plus its name; only links need resolving
            rp = os.path.realpath(p) if e.is_symlink() else os.path.join(real, e.name)
            if rp not in seen_files:
                seen_files.add(rp)
                yield p


# -------------------------------------------------------------------------------------------------
# decoding


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
         (b"\xff\xfe", "utf-16", "UTF-16"), (b"\xfe\xff", "utf-16", "UTF-16"))
# Lone surrogates, and C0 control characters other than tab, LF and CR: no later stage can carry them
# everywhere (XML formats cannot hold them at all, the neo4j-admin CSV uses U+001F as its delimiter).
_UNSTORABLE = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff]")
_VT_FF = str.maketrans("\x0b\x0c", "  ")
# C0 control characters other than tab, LF, CR and form feed: many of them mark a binary file.
_CTRL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_C0_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r")


def scrub(text: str) -> str:
    """``text`` as every later stage can store it, with the same length (offsets stay valid).

    Lone surrogates (from JSON escapes such as ``"\\ud800"``: not Unicode scalar values, so no
    UTF-8 file, SQLite text or RDF literal can hold them) and C0 control characters other than tab,
    LF and CR become U+FFFD; vertical tab and form feed become spaces.
    """
    if _UNSTORABLE.search(text):
        text = _UNSTORABLE.sub("\ufffd", text)
    if "\x0b" in text or "\x0c" in text:
        text = text.translate(_VT_FF)
    return text


def decode_bytes(data: bytes, path: str) -> str:
    """Decode article bytes: UTF-8 (BOM stripped) or UTF-16/32 with a BOM; reject binary data."""
    if not data.strip():
        raise ArticleError(path, "empty", "empty file")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise ArticleError(path, "encoding", f"invalid {name} ({err.reason} at byte {err.start})") from err
            if not text.strip():
                raise ArticleError(path, "empty", "empty file")
            return scrub(text)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:4096]
    if b"\x00" in sample:
        raise ArticleError(path, "binary", "binary file (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(path, "encoding",
                           f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})") from err
    if len(data.translate(None, _C0_BYTES)) == len(data):
        # no C0 control character but tab, LF and CR (in UTF-8 each is the byte itself), and UTF-8
        # decoding never yields lone surrogates: nothing to count or to scrub
        return text
    ctrl = len(_CTRL.findall(text, 0, 4096))
    if ctrl > 0.05 * min(len(text), 4096):
        raise ArticleError(path, "binary", "binary file (control characters), not a text article")
    return scrub(text)


def _too_large(path: Path, size: int | str, max_bytes: int) -> ArticleError:
    return ArticleError(str(path), "too-large", f"file of {size} bytes exceeds the {max_bytes:,}-byte limit "
                                                f"(readers.MAX_BYTES)")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
        # a FIFO or device named like an article would block or never end: only regular files are read
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError(str(path), "unreadable", "not a regular file (device, FIFO or socket)")
        if st.st_size > max_bytes:
            raise _too_large(path, f"{st.st_size:,}", max_bytes)
        with open(path, "rb") as fh:
            # the file may grow after stat(): read what stat() reported, then anything beyond it
            want = min(st.st_size, max_bytes) + 1
            data = fh.read(want)
            if len(data) == want and want <= max_bytes:
                data += fh.read(max_bytes + 1 - want)
        if len(data) > max_bytes:
            raise _too_large(path, "more than " + f"{max_bytes:,}", max_bytes)
        return data
    except OSError as err:
        raise ArticleError(str(path), "unreadable", f"cannot read ({err.strerror or err})") from err


# -------------------------------------------------------------------------------------------------
# metadata helpers

_MONTHS = "January February March April May June July August September October November December".split()


def normalise_date(value: Any) -> str | None:
    """An ISO date ``YYYY-MM-DD`` from ISO, RFC 822 or "September 3, 2024" forms; ``None`` if unknown."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) or isinstance(value, str) and _EPOCH.fullmatch(value.strip()):
        return _epoch_date(float(value)) if float(value) >= 1e8 else None
    s = str(value).strip()
    if not s:
        return None
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", s) or re.match(r"^(\d{4})/(\d{1,2})/(\d{1,2})", s)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return _ymd(y, mo, d)
    m = re.match(r"^(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return _ymd(y, mo, d)
    try:
        dt = parsedate_to_datetime(s)
        if dt is not None:
            return dt.date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y"):
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    m = _DOTTED_DATE.match(s)  # 04.03.2025: day first, as where dots are used
    if m:
        d, mo, y = (int(g) for g in m.groups())
        return _ymd(y, mo, d)
    # a date inside a longer line: "Updated: March 4, 2025 at 10:02 a.m. ET", "4:05 PM, 04 Mar, 2025"
    m = _DATE_IN_LINE.search(s)
    if m is None:
        return None
    if m.group("iso"):
        return normalise_date(m.group("iso")) if m.group(0) != s else None
    mon = _MONTH_NUMBER.get((m.group("mon1") or m.group("mon2"))[:3].lower())
    d, y = int(m.group("day1") or m.group("day2")), int(m.group("year1") or m.group("year2"))
    return _ymd(y, mon, d) if mon else None


_EPOCH = re.compile(r"\d{10}(?:\d{3})?(?:\.\d+)?")
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_MONTH_NUMBER = {m[:3].lower(): i for i, m in enumerate(_MONTHS, 1)}
# a month's name or abbreviation ("Sept." too)
_MONTH_NAMES = "|".join(_MONTHS) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH_WORD = rf"(?:{_MONTH_NAMES})\b\.?"
_DATE_IN_LINE = re.compile(rf"(?P<iso>\b\d{{4}}-\d{{1,2}}-\d{{1,2}})\b|"
                           rf"\b(?P<mon1>{_MONTH_WORD})\s*(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>\d{{4}})\b|"
                           rf"\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH_WORD}),?\s+(?P<year2>\d{{4}})\b",
                           re.I)


def _ymd(y: int, mo: int, d: int) -> str | None:
    """``YYYY-MM-DD`` of a real calendar date, else None."""
    try:
        return datetime(y, mo, d).date().isoformat()
    except ValueError:
        return None


def _epoch_date(seconds: float) -> str | None:
    """The UTC date of a Unix time in seconds or, for values past the year 2286, milliseconds."""
    if seconds >= 1e10:
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a ``---`` front matter block of ``key: value`` lines from the body."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        k, sep, v = line.partition(":")
        if sep and k.strip():
            meta[k.strip().lower()] = v.strip().strip('"').strip("'")
    return meta, text[m.end():]


# A labelled date line near the top of a text article: "Published: March 4, 2025", "Date: 2025-03-04",
# "Updated on 4 March 2025 10:02", or a line holding only a date.
_HEAD_DATE = re.compile(r"^[ \t*_#>]*(?:(?:Published|Posted|Updated|Date|Dated|Released|Last updated)(?:\s+(?:on|at))?"
                        r"\s*[:：]?\s*)?(?P<date>[^\n]{6,60})$", re.I | re.M)


def _head_date(body: str) -> str | None:
    """The publication date a plain-text or Markdown article states in its first lines, if any."""
    fallback = None  # a metadata line's ISO date among other fields ("Source: Xinhua | 2025-04-09 16:22:41 | ...")
    for n, m in enumerate(_HEAD_DATE.finditer(body, 0, min(len(body), 600))):
        if n >= 6:
            break
        line = m.group(0).strip(" \t*_#>")
        labelled = line[:1].isalpha() and m.group("date") != line
        cand = m.group("date").strip(" \t*_")
        # an unlabelled line counts only when it is nothing but a date (and maybe a time)
        if labelled or not _NOT_DATE_WORDS.search(cand):
            d = normalise_date(cand)
            if d:
                return d
        if fallback is None:
            full = m.group(0).strip()
            if len(full) <= 100 and not full.endswith(".") and (iso := _ISO_IN_LINE.search(full)) is not None:
                fallback = normalise_date(iso.group(0))
    return fallback


_ISO_IN_LINE = re.compile(r"(?<![\d\-])(?:19|20)\d\d-\d\d-\d\d(?![\d\-])")


_NOT_DATE_WORDS = re.compile(rf"\b(?!(?:{_MONTH_NAMES}|am|pm|a\.m|p\.m|UTC|GMT|CST|ET|BST|HKT|st|nd|rd|th)\b)[A-Za-z]{{2,}}")


# The errors Path.exists() takes for "does not exist" (any other OSError it raises).
_MISSING_ERRNOS = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)
_MISSING_WINERRORS = (21, 123, 1921)


def _exists(path: str) -> bool:
    """``Path(path).exists()``, without building the Path."""
    try:
        os.stat(path)
    except OSError as err:
        if getattr(err, "errno", None) in _MISSING_ERRNOS or getattr(err, "winerror", None) in _MISSING_WINERRORS:
            return False
        raise
    except ValueError:
        return False
    return True


def _sidecar(path: Path, name: str | None = None) -> dict[str, Any]:
    """The metadata of ``path``'s sidecar ("a.txt.meta.json", else "a.meta.json"), or {} if it has none.
    ``name``: ``str(path)`` when the caller has it."""
    sp = str(path) if name is None else name
    suffix = path.suffix
    side = sp + ".meta.json"
    if not _exists(side):
        side = (sp[:-len(suffix)] if suffix else sp) + ".meta.json"
        if not _exists(side):
            return {}
    try:
        data = json.loads(Path(side).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ArticleError(side, "json", f"invalid sidecar metadata ({err})") from err
    return data if isinstance(data, dict) else {}


# Metadata keys, compared case-insensitively and without "_" or "-", in order of preference: front matter,
# sidecars, JSON articles (ours, schema.org's, NewsAPI's "publishedAt" and "source": {"name"}, news-please's
# "date_publish" and "source_domain") and RSS all map onto them.
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "pubdate", "publishedat", "datepublished", "datepublish", "publishdate",
              "publisheddate", "publicationdate", "publishedtime", "created", "createdat")
_URL_KEYS = ("url", "link", "canonicalurl", "sourceurl", "permalink")
_PUBLISHER_KEYS = ("publisher", "source", "site", "sitename", "sourcedomain", "publication", "outlet")
_TEXT_KEYS = ("text", "content", "body", "articlebody", "maintext", "fulltext", "articletext")


def _key(k: Any) -> str:
    return str(k).lower().replace("_", "").replace("-", "")


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first non-empty value of ``meta`` under one of ``keys`` (normalised as :func:`_key` does)."""
    for k in keys:
        v = meta.get(k)
        if v not in (None, "", [], {}):
            return v
    norm = {_key(k): v for k, v in meta.items() if v not in (None, "", [], {})}
    for k in keys:
        if k in norm:
            return norm[k]
    return None


def _name_of(v: Any) -> Any:
    """A publisher given as an object (``{"name": "Reuters"}``) or a list of them: its name."""
    if isinstance(v, list) and v:
        v = v[0]
    if isinstance(v, dict):
        return v.get("name") or v.get("title")
    return v


def _article(source: str, text: str, meta: dict[str, Any], fmt: str, *, scrubbed: bool = False) -> Article:
    """The Article of ``text`` and its metadata (``scrubbed``: ``text`` has been through :func:`scrub`)."""
    return Article(source=scrub(source), text=text if scrubbed else scrub(text),
                   title=_s(_name_of(_first(meta, _TITLE_KEYS))),
                   date=normalise_date(_first(meta, _DATE_KEYS)),
                   url=_s(_first(meta, _URL_KEYS)),
                   publisher=_s(_name_of(_first(meta, _PUBLISHER_KEYS))),
                   format=fmt)


def _s(v: Any) -> str | None:
    if v is None:
        return None
    s = scrub(str(v)).strip()
    return s or None


# -------------------------------------------------------------------------------------------------
# HTML main-text extraction

_DROP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "nav", "header", "footer", "aside",
              "form", "button", "select", "option", "figure", "figcaption", "menu", "dialog", "object", "canvas"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
               "br", "tr", "table", "blockquote", "pre", "dd", "dt", "hr", "title", "body"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_BOILER = re.compile(r"(?:^|[\s_-])(?:ad|ads|advert|advertisement|banner|sidebar|comment|comments|share|social|"
                     r"subscribe|newsletter|related|promo|sponsor|cookie|popup|modal|breadcrumb|pagination)"
                     r"(?:$|[\s_-])", re.I)


_NO_ATTRS: dict[str, str] = {}  # read only


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, dropped)
        self.drop_depth = 0
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self.in_article = 0
        self.story_parts: list[str] = []  # the text inside <article> elements only (not the rest of <main>)
        self.in_story = 0
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1: list[str] = []
        self.in_h1 = False
        self.ld_parts: list[str] | None = None  # the text of the <script type="application/ld+json"> being read
        self.ld: list[str] = []  # every JSON-LD block of the page
        self.cells = 0  # cells seen in the current table row

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # html.parser (and _fast_parse) hand over lower-case attribute names
        a = {k: (v or "") for k, v in attrs} if attrs else _NO_ATTRS
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self.ld_parts = []
        if tag in _VOID:
            if tag == "br":
                self._add("\n")
            return
        if a:
            cls, ident, role = a.get("class", ""), a.get("id", ""), a.get("role", "")
            # the pattern needs a word: no class, id or role cannot match
            boiler = bool((cls or ident or role) and _BOILER.search(" ".join((cls, ident, role))))
            dropped = tag in _DROP_TAGS or boiler or a.get("aria-hidden") == "true" or "hidden" in a
        else:
            dropped = tag in _DROP_TAGS
        self.stack.append((tag, dropped))
        if dropped:
            self.drop_depth += 1
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.in_h1 = True
        if tag in ("article", "main") and not dropped and self.drop_depth == 0:
            self.in_article += 1
            if self.article_parts is None:
                self.article_parts = []
            if tag == "article":
                self.in_story += 1
        if tag in _BLOCK_TAGS:
            self._add("\n")
            if tag == "tr":
                self.cells = 0
        elif tag in ("td", "th"):
            # a table's cells on one line, apart: "Battery supplier | FinDreams (BYD) | CATL"
            if self.cells:
                self._add(" | ")
            self.cells += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # pop to the matching tag (tolerates unclosed tags)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, dropped in self.stack[i:]:
                    if dropped:
                        self.drop_depth -= 1
                    if t in ("article", "main") and not dropped and self.in_article:
                        self.in_article -= 1
                        if t == "article" and self.in_story:
                            self.in_story -= 1
                del self.stack[i:]
                break
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag == "script" and self.ld_parts is not None:
            self.ld.append("".join(self.ld_parts))
            self.ld_parts = None
        if tag in _BLOCK_TAGS:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.ld_parts is not None:
            self.ld_parts.append(data)
            return
        if self.drop_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self._add(data)

    def _add(self, s: str) -> None:
        if self.drop_depth:
            return
        self.parts.append(s)
        if self.in_article and self.article_parts is not None:
            self.article_parts.append(s)
            if self.in_story:
                self.story_parts.append(s)


_HSPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_HSPACE_CHARS = "\t\r\f\v\u00a0"


def _tidy(text: str) -> str:
    # the runs replaced never hold a line break, so one pass over the whole text equals one per line;
    # without two spaces in a row or any other of those characters, there is nothing to replace
    if "  " in text or any(c in text for c in _HSPACE_CHARS):
        text = _HSPACE.sub(" ", text)
    out = [ln for ln in (ln.strip() for ln in text.split("\n")) if ln]
    return "\n".join(out) + ("\n" if out else "")


# The event stream of html.parser.HTMLParser (convert_charrefs=True, the whole page fed at once, then
# closed), produced directly for pages made of plain markup only: start tags whose attributes are
# name, name=value, name="value" or name='value' separated by ASCII whitespace; end tags; comments;
# a doctype; "<" not starting markup; script and style contents. For such pages it is the same sequence
# of handler calls; anything else (processing instructions, marked sections, bogus comments, tags or
# comments left open, unusual tag syntax) makes :func:`_fast_parse` give up and the page is parsed by
# HTMLParser itself.
_WS_CLASS = r"[ \t\n\r\f]"
_ATTR_VALUE = r"""(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+(?=[ \t\n\r\f>]))"""
_ATTR = rf"{_WS_CLASS}+(?P<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:{_WS_CLASS}*={_WS_CLASS}*(?P<value>{_ATTR_VALUE}))?"
_FAST_ATTR = re.compile(_ATTR)
_FAST_STARTTAG = re.compile(rf"<([a-zA-Z][a-zA-Z0-9]*)((?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', _ATTR)})*){_WS_CLASS}*(/?)>")
_ENDTAG = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")  # html.parser's endtagfind
_COMMENT_CLOSE = re.compile(r"--\s*>")  # _markupbase's _commentclose
_CDATA_END = {t: re.compile(r"</\s*%s\s*>" % t, re.I) for t in HTMLParser.CDATA_CONTENT_ELEMENTS}
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _fast_parse(p: "_HTMLText", html: str) -> bool:
    """Feed ``html`` to ``p``'s handlers as HTMLParser would; False (part fed) if the page needs HTMLParser."""
    n = len(html)
    i = 0
    find = html.find
    starttag = p.handle_starttag
    endtag = p.handle_endtag
    data = p.handle_data
    while i < n:
        j = find("<", i)
        if j < 0:
            data(unescape(html[i:]))
            return True
        if i < j:
            data(unescape(html[i:j]))
        i = j
        c = html[i + 1:i + 2]
        if c in _ASCII_LETTERS:
            m = _FAST_STARTTAG.match(html, i)
            if m is None:
                return False
            tag = m.group(1).lower()
            attrs: list[tuple[str, str | None]] = []
            k, end = m.span(2)
            while k < end:  # the attributes matched one after the other, as in the tag pattern
                a = _FAST_ATTR.match(html, k)
                k = a.end()  # type: ignore[union-attr]
                v = a.group("value")  # type: ignore[union-attr]
                if v is not None:
                    if v[0] == '"' or v[0] == "'":
                        v = v[1:-1]
                    if v:
                        v = unescape(v)
                attrs.append((a.group("name").lower(), v))  # type: ignore[union-attr]
            starttag(tag, attrs)
            i = m.end()
            if m.group(3):
                endtag(tag)
            elif tag in _CDATA_END:
                e = _CDATA_END[tag].search(html, i)
                if e is None:
                    return False
                if i < e.start():
                    data(html[i:e.start()])
                endtag(tag)
                i = e.end()
        elif c == "/":
            m = _ENDTAG.match(html, i)
            if m is None:
                return False
            endtag(m.group(1).lower())
            i = m.end()
        elif c == "!":
            if html.startswith("<!--", i):
                m = _COMMENT_CLOSE.search(html, i + 4)
                if m is None:
                    return False
                i = m.end()
            elif html[i:i + 9].lower() == "<!doctype":
                k = find(">", i + 9)
                if k < 0:
                    return False
                i = k + 1
            else:
                return False
        elif c == "?":
            return False
        else:
            data("<")
            i += 1
    return True


def html_to_text(html: str) -> tuple[str, dict[str, str], str | None]:
    """Main text of an HTML page, its meta tags and its title.

    The ``<article>`` or ``<main>`` element wins when present (the ``<article>`` inside ``<main>`` when it holds
    most of the text); scripts, styles, navigation,
    headers, footers, asides, forms and elements whose class or id marks them as ads, sharing
    or comment widgets are dropped. Block elements become line breaks; a table row is one line with its
    cells apart (" | ").
    """
    p = _HTMLText()
    if not _fast_parse(p, html):
        p = _HTMLText()
        try:
            p.feed(html)
            p.close()
        except (AssertionError, ValueError):  # pragma: no cover - html.parser is very tolerant
            pass
    body = "".join(p.article_parts) if p.article_parts and "".join(p.article_parts).strip() else "".join(p.parts)
    story = "".join(p.story_parts)
    if story.strip() and len(story) * 2 >= len(body):
        # "<main><article>story</article><section>More on this ...</section></main>": the story, not the
        # links around it (but not a few teaser cards marked up as <article> inside the page's <main>)
        body = story
    title = _tidy("".join(p.title_parts)).strip() or _tidy("".join(p.h1)).strip() or None
    if p.ld:
        for k, v in _ld_meta(p.ld).items():
            p.meta.setdefault(k, v)
    return _tidy(body), p.meta, title


def _ld_meta(blocks: list[str]) -> dict[str, str]:
    """Date, headline, URL and publisher of the article described by a page's JSON-LD blocks, under ``ld:`` keys.

    News sites often give the publication date only in schema.org JSON-LD (``datePublished``). The first
    object carrying ``datePublished`` wins (an ``@graph`` is searched too); blocks that are not valid
    JSON are ignored.
    """
    def objects(v: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
        if depth > 4:
            return
        if isinstance(v, list):
            for x in v:
                yield from objects(x, depth + 1)
        elif isinstance(v, dict):
            yield v
            if "@graph" in v:
                yield from objects(v["@graph"], depth + 1)

    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        for obj in objects(data):
            if not isinstance(obj.get("datePublished"), (str, int, float)):
                continue
            out = {"ld:datepublished": str(obj["datePublished"])}
            if isinstance(obj.get("headline"), str):
                out["ld:headline"] = obj["headline"]
            if isinstance(obj.get("url"), str):
                out["ld:url"] = obj["url"]
            pub = obj.get("publisher")
            pub = pub[0] if isinstance(pub, list) and pub else pub
            name = pub.get("name") if isinstance(pub, dict) else pub
            if isinstance(name, str):
                out["ld:publisher"] = name
            return out
    return {}


# meta tags (property, name or itemprop) that give the publication date, most specific first
_HTML_DATE_KEYS = ("article:published_time", "og:article:published_time", "og:published_time", "date", "pubdate",
                   "datepublished", "ld:datepublished", "publishdate", "publish-date", "publish_date",
                   "parsely-pub-date", "sailthru.date", "article.published", "dc.date.issued", "dc.date",
                   "citation_publication_date", "time")


def _html_meta(meta: dict[str, str], title: str | None) -> dict[str, Any]:
    return {
        "title": meta.get("og:title") or title or meta.get("ld:headline"),
        "date": next((meta[k] for k in _HTML_DATE_KEYS if meta.get(k)), None),
        "url": meta.get("og:url") or meta.get("ld:url"),
        # (not "author": a press release's author is the company it is about, not the publisher)
        "publisher": meta.get("og:site_name") or meta.get("publisher") or meta.get("ld:publisher"),
    }


# -------------------------------------------------------------------------------------------------
# per-format readers


def _from_obj(obj: Any, source: str, fmt: str, path: str, line: int | None) -> Article:
    if not isinstance(obj, dict):
        raise ArticleError(path, "json", f"expected a JSON object with a 'text' field, got {type(obj).__name__}",
                           line=line)
    text = _first(obj, _TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(path, "json", "article object has no 'text' (or 'content', 'body', 'articleBody') string",
                           line=line)
    if "<" in text and re.search(r"</?(p|div|br|span|article)\b", text, re.I):
        text, _, _ = html_to_text(text)
    return _article(source, text, obj, fmt)


# Characters that would break a one-line message or reorder it on a terminal (line breaks, controls,
# bidirectional overrides and isolates); shown as escapes in warnings and errors.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown(text: str) -> str:
    """``text`` safe inside a one-line message: line breaks, control and bidi characters escaped."""
    return _UNSHOWABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                           else f"\\u{ord(m.group()):04x}", text)


def _one_line(err: ArticleError) -> ArticleError:
    if not (_UNSHOWABLE.search(err.path) or _UNSHOWABLE.search(err.detail)):
        return err
    safe = ArticleError(shown(err.path), err.reason, shown(err.detail), line=err.line)
    safe.__cause__ = err.__cause__
    return safe


def iter_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Iterator[Article | ArticleError]:
    """Articles of one file, in order; an unreadable file or JSON line yields an ArticleError instead.

    Every ArticleError message is one line: a path or detail holding line breaks, control or
    bidirectional-override characters is shown with those characters escaped.
    """
    for item in _iter_file(path, max_bytes=max_bytes):
        yield _one_line(item) if isinstance(item, ArticleError) else item


def _iter_file(path: str | os.PathLike[str], *, max_bytes: int) -> Iterator[Article | ArticleError]:
    p = Path(path)
    sp = str(p)
    fmt = SUFFIX_FORMAT.get(p.suffix.lower())
    if fmt is None:
        yield ArticleError(sp, "format", f"unsupported file type {p.suffix or '(none)'!r}; "
                                         f"expected one of {', '.join(sorted(SUFFIX_FORMAT))}")
        return
    try:
        raw = _read_bytes(p, max_bytes)
        source = os.path.abspath(sp)
        if fmt == "feed":
            yield from _iter_feed(raw, sp, source)
            return
        text = decode_bytes(raw, sp)
        side = _sidecar(p, sp)
        if fmt in ("txt", "md"):
            meta, body = split_front_matter(text)
            if not body.strip():
                raise ArticleError(sp, "empty", "no article text after the front matter")
            if not _first(meta, _DATE_KEYS) and not _first(side, _DATE_KEYS):
                head = _head_date(body)
                if head:
                    meta["date"] = head
            yield _article(source, body, {**meta, **side}, fmt, scrubbed=True)  # a part of decoded text
        elif fmt == "html":
            body, meta, title = html_to_text(text)
            if not body.strip():
                raise ArticleError(sp, "empty", "no text found in the HTML page")
            yield _article(source, body, {**_html_meta(meta, title), **side}, fmt)
        elif fmt == "json":
            try:
                data = json.loads(text)
            except ValueError as err:
                raise ArticleError(sp, "json", f"invalid JSON ({err})") from err
            except RecursionError as err:
                raise ArticleError(sp, "json", "invalid JSON (nested too deeply)") from err
            items = data.get("articles") if isinstance(data, dict) and "articles" in data else data
            if isinstance(items, list):
                for i, obj in enumerate(items, 1):
                    try:
                        yield _from_obj(obj, f"{source}#{i}", fmt, sp, i)
                    except ArticleError as err:
                        yield err
            else:
                yield _from_obj(items, source, fmt, sp, None)
        elif fmt == "jsonl":
            # only \n ends a JSON line: str.splitlines() would also split at U+2028, U+0085 and
            # other characters that JSON strings may hold unescaped
            for i, line in enumerate(text.split("\n"), 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as err:
                    yield ArticleError(sp, "json", f"invalid JSON line ({getattr(err, 'msg', err)})", line=i)
                    continue
                except RecursionError:
                    yield ArticleError(sp, "json", "invalid JSON line (nested too deeply)", line=i)
                    continue
                try:
                    yield _from_obj(obj, f"{source}#{i}", fmt, sp, i)
                except ArticleError as err:
                    yield err
    except ArticleError as err:
        yield err


def _iter_feed(raw: bytes, sp: str, source: str) -> Iterator[Article | ArticleError]:
    if not raw.strip():
        yield ArticleError(sp, "empty", "empty file")
        return
    head = raw.lstrip()[:512].lower()
    if not (head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head or b"<rdf" in head):
        yield ArticleError(sp, "xml", "not an RSS or Atom feed (no XML feed element)")
        return
    plain = _plain_rss(raw)
    if plain is not None:
        publisher, entries = plain
    else:
        import feedparser  # deferred: only feeds need it

        try:
            parsed = feedparser.parse(raw, sanitize_html=False, resolve_relative_uris=False)
        except (UnicodeError, LookupError, ValueError) as err:
            # (feedparser itself fails on some broken declarations: an encoding name holding a non-UTF-8 byte)
            yield ArticleError(sp, "xml", f"not a readable RSS or Atom feed ({type(err).__name__}: {str(err)[:200]})")
            return
        if not parsed.entries:
            detail = str(parsed.get("bozo_exception") or "no items")
            yield ArticleError(sp, "xml", f"not a readable RSS or Atom feed ({detail.splitlines()[0][:200]})")
            return
        publisher = parsed.feed.get("title")
        entries = parsed.entries
    for i, e in enumerate(entries, 1):
        try:
            item = _feed_item(e, f"{source}#{i}", publisher)
        except (TypeError, ValueError, AttributeError, KeyError, IndexError, OverflowError) as err:
            # feedparser hands back whatever a broken feed holds (None summaries, odd dates...)
            yield ArticleError(sp, "xml", f"feed item {i} is not readable ({type(err).__name__}: {err})", line=i)
            continue
        if item is None:
            yield ArticleError(sp, "empty", f"feed item {i} has no text", line=i)
            continue
        yield item


_PLAIN_RSS_HEAD = b'<?xml version="1.0" encoding="UTF-8"?>'
_CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
_PLAIN_CHANNEL_TAGS = frozenset({"title", "link", "description", "language", "lastBuildDate", "item"})
_PLAIN_ITEM_TAGS = frozenset({"title", "link", "pubDate", _CONTENT_ENCODED})
# item elements whose values are not read (with content:encoded there, a description is only a summary; with a link
# there, a guid is only an id)
_PLAIN_ITEM_EXTRA = frozenset({"description", "guid", _DC_CREATOR, "category"})
_C1 = re.compile("[\x80-\x9f]")
# a link feedparser keeps as it is: absolute, no "&", no extra "/" after the scheme
_PLAIN_LINK = re.compile(r"https?://[A-Za-z0-9\-._~:?#\[\]@!$'()*+,;=%][A-Za-z0-9\-._~:/?#\[\]@!$'()*+,;=%]*")


def _feed_value(text: str | None) -> str | None:
    """The value feedparser gives an element's text (stripped; text that is UTF-8 read as Latin-1 repaired), or None
    when it would map characters (C1 controls to their cp1252 meaning)."""
    v = (text or "").strip()
    try:
        v = v.encode("iso-8859-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return None if _C1.search(v) else v


def _plain_rss(raw: bytes) -> tuple[str | None, list[dict[str, Any]]] | None:
    """``(channel title, items)`` of a plain RSS 2.0 feed, read with the XML parser alone, as feedparser reads it;
    None for any other feed (feedparser reads those).

    Plain: UTF-8 with the usual XML declaration; no DOCTYPE, comment or other processing instruction; one channel
    with a title, a link, a description, a language, a build date and items, which hold a title, a link, a date
    normalise_date reads and an HTML body in content:encoded, each at most once, and maybe a description, a guid
    (with a link), a creator and categories; no attributes but a guid's isPermaLink, no unknown element. Each item
    is a dict with the keys :func:`_feed_item` reads.
    """
    if not raw.startswith(_PLAIN_RSS_HEAD) or raw.count(b"<!") != raw.count(b"<![CDATA[") or raw.count(b"<?") != 1:
        return None
    import xml.etree.ElementTree as ET  # deferred: only feeds need it

    try:
        raw.decode("utf-8")
        root = ET.fromstring(raw)
    except (ET.ParseError, UnicodeDecodeError, ValueError):
        return None
    if root.tag != "rss" or root.attrib != {"version": "2.0"} or len(root) != 1 or (root.text or "").strip():
        return None
    channel = root[0]
    if channel.tag != "channel" or channel.attrib or (channel.text or "").strip() or (channel.tail or "").strip():
        return None
    publisher = None
    seen: set[str] = set()
    items: list[dict[str, Any]] = []
    for el in channel:
        tag = el.tag
        if tag not in _PLAIN_CHANNEL_TAGS or el.attrib or (el.tail or "").strip():
            return None
        if tag != "item":
            if tag in seen or len(el):
                return None
            seen.add(tag)
            if tag == "title":
                publisher = _feed_value(el.text)
                if publisher is None:
                    return None
            continue
        if (el.text or "").strip():
            return None
        item: dict[str, Any] = {}
        extra: set[str] = set()
        for child in el:
            ctag = child.tag
            if len(child) or (child.tail or "").strip():
                return None
            if ctag in _PLAIN_ITEM_EXTRA:
                if ctag != "category" and ctag in extra or \
                        child.attrib and (ctag != "guid" or child.attrib.keys() != {"isPermaLink"}):
                    return None
                extra.add(ctag)
                continue
            if ctag not in _PLAIN_ITEM_TAGS or child.attrib:
                return None
            value = _feed_value(child.text)
            if value is None:
                return None
            key = "content" if ctag == _CONTENT_ENCODED else "published" if ctag == "pubDate" else ctag
            if key in item:
                return None
            item[key] = [{"value": value}] if key == "content" else value
        if not item.get("content") or not item["content"][0]["value"] or not item.get("published") or \
                normalise_date(item["published"]) is None:
            return None
        if "link" in item and not _PLAIN_LINK.fullmatch(item["link"]) or "guid" in extra and "link" not in item:
            return None
        items.append(item)
    if not items:
        return None
    return publisher, items


def _text_of(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _feed_item(e: Any, source: str, publisher: Any) -> Article | None:
    content = ""
    if e.get("content"):
        content = _text_of(e["content"][0].get("value"))
    content = content or _text_of(e.get("summary")) or _text_of(e.get("description"))
    text, _, _ = html_to_text(content) if "<" in content else (content, {}, None)
    if not text.strip():
        return None
    # the publisher's own calendar date: the raw string keeps its UTC offset, *_parsed is UTC
    date = normalise_date(e.get("published") or e.get("updated"))
    for key in ("published_parsed", "updated_parsed"):
        if date is None and e.get(key):
            date = datetime(*e[key][:6], tzinfo=timezone.utc).date().isoformat()
    return _article(source, text, {"title": e.get("title"), "date": date, "url": e.get("link"),
                                   "publisher": publisher}, "feed")


def read_path(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> list[Article]:
    """All readable articles of one file; raises the file's ArticleError if none could be read."""
    arts: list[Article] = []
    errors: list[ArticleError] = []
    for item in iter_file(path, max_bytes=max_bytes):
        (errors if isinstance(item, ArticleError) else arts).append(item)  # type: ignore[arg-type]
    if not arts and errors:
        raise errors[0]
    return arts
