"""Readers: every format, metadata, encodings, and the bad inputs that must become ArticleErrors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from evkg.loaders.readers import (MAX_BYTES, SUFFIX_FORMAT, decode_bytes, discover, html_to_text, iter_file,
                                  normalise_date, read_path, scrub, split_front_matter)
from evkg.ontology.errors import ArticleError, InputError

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "articles"


def _items(p: Path) -> tuple[list, list[ArticleError]]:
    arts, errs = [], []
    for it in iter_file(p):
        (errs if isinstance(it, ArticleError) else arts).append(it)
    return arts, errs


# -- formats -----------------------------------------------------------------------------------------


def test_every_seed_file_reads() -> None:
    files = list(discover([SEEDS]))
    assert files, "no seed articles"
    for f in files:
        arts, errs = _items(f)
        assert arts and not errs, (f, errs)
        for a in arts:
            assert a.text.strip() and a.source.startswith(str(f.resolve()))


def test_txt_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("---\ntitle: \"CATL news\"\ndate: 2024/8/28\nurl: https://x.test/a\n---\nCATL unveiled a battery.\n")
    [a] = read_path(p)
    assert (a.title, a.date, a.url, a.text) == ("CATL news", "2024-08-28", "https://x.test/a",
                                                "CATL unveiled a battery.\n")


def test_sidecar_metadata(tmp_path: Path) -> None:
    p = tmp_path / "b.md"
    p.write_text("BYD sold cars.\n")
    (tmp_path / "b.md.meta.json").write_text(json.dumps({"title": "Side", "date": "March 3, 2025"}))
    [a] = read_path(p)
    assert (a.title, a.date) == ("Side", "2025-03-03")
    assert [f.name for f in discover([tmp_path])] == ["b.md"], "sidecars are not articles"


def test_html_drops_scripts_styles_and_boilerplate(tmp_path: Path) -> None:
    p = tmp_path / "c.html"
    p.write_text("<html><head><title>T</title><style>body{color:red}</style><script>var x='CATL secret';</script>"
                 "</head><body><nav>Home | News</nav><div class='ad-banner'>Buy now</div>"
                 "<article><p>CATL supplies Tesla.</p><script>alert(1)</script><p>BYD &amp; NIO agreed.</p></article>"
                 "<footer>(c) 2025</footer></body></html>")
    [a] = read_path(p)
    assert a.title == "T"
    assert a.text == "CATL supplies Tesla.\nBYD & NIO agreed.\n"
    for junk in ("alert", "color:red", "secret", "Home", "Buy now", "(c)"):
        assert junk not in a.text


def test_html_story_article_inside_main_drops_the_links_around_it() -> None:
    story = ("<p>TE Connectivity held 23 per cent of the market. Sichuan Yonggui Electric, which supplies BYD, cut "
             "its prices by 15 per cent last year.</p><p>Recodeal sells connectors to Sungrow.</p>")
    page = (f"<body><main><article>{story}</article><section class='more-on-this'><h3>More on this</h3><ul>"
            "<li><a href='/a/1'>Luxshare's Leoni bet</a></li></ul></section>"
            "<div><p>Apple supplier news</p></div></main></body>")
    text, _, _ = html_to_text(page)
    assert text.startswith("TE Connectivity held") and text.endswith("Sungrow.\n")
    assert "Luxshare" not in text and "Apple" not in text
    # teaser cards marked up as <article> inside <main> do not replace the story around them
    cards = "".join(f"<article><a href='/b/{i}'>Card {i}</a></article>" for i in range(2))
    text, _, _ = html_to_text(f"<body><main>{story}{cards}</main></body>")
    assert text.startswith("TE Connectivity held") and "Card 0" in text


def test_html_without_article_element_keeps_body(tmp_path: Path) -> None:
    text, meta, title = html_to_text("<body><p>One.</p><p>Two <b>bold</b>.</p><script>x()</script></body>")
    assert text == "One.\nTwo bold.\n" and title is None and meta == {}


def test_json_forms(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "A", "content": "NIO sold cars.", "published": "2025-01-02"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps({"articles": [{"text": "X."}, {"nope": 1}, {"body": "Y."}]}))
    [a] = read_path(one)
    assert (a.title, a.text, a.date) == ("A", "NIO sold cars.", "2025-01-02")
    arts, errs = _items(many)
    assert [x.text for x in arts] == ["X.", "Y."]
    assert [x.source.rsplit("#", 1)[1] for x in arts] == ["1", "3"]
    assert len(errs) == 1 and errs[0].line == 2 and str(errs[0]).startswith(f"{many}:2: ")


def test_json_keys_of_common_news_dumps(tmp_path: Path) -> None:
    """NewsAPI, schema.org and news-please style objects give their text, date, url and publisher."""
    p = tmp_path / "dump.jsonl"
    rows = [
        {"source": {"id": "reuters", "name": "Reuters"}, "title": "CATL results", "url": "https://r.example/a",
         "publishedAt": "2025-03-14T09:30:00Z", "content": "CATL reported record profit."},
        {"@type": "NewsArticle", "headline": "BYD sales", "datePublished": "2025-04-01",
         "articleBody": "BYD sold 377,420 cars.", "publisher": {"@type": "Organization", "name": "CnEVPost"}},
        {"title": "NIO swap", "maintext": "NIO opened its 3,000th station.", "date_publish": "2025-02-02 08:00:00",
         "source_domain": "example.cn", "Canonical_URL": "https://example.cn/nio"},
        {"Title": "Xpeng", "Text": "Xpeng delivered 30,453 cars.", "Date": 1741075200},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    arts, errs = _items(p)
    assert not errs
    got = [(a.title, a.text, a.date, a.url, a.publisher) for a in arts]
    assert got == [
        ("CATL results", "CATL reported record profit.", "2025-03-14", "https://r.example/a", "Reuters"),
        ("BYD sales", "BYD sold 377,420 cars.", "2025-04-01", None, "CnEVPost"),
        ("NIO swap", "NIO opened its 3,000th station.", "2025-02-02", "https://example.cn/nio", "example.cn"),
        ("Xpeng", "Xpeng delivered 30,453 cars.", "2025-03-04", None, None),
    ]


@pytest.mark.parametrize("head,expected", [
    ("Published: March 4, 2025\n\nBYD sold cars.", "2025-03-04"),
    ("CATL results\nBy Staff Writer\nUpdated on 4 March 2025 10:02 HKT\n\nCATL said.", "2025-03-04"),
    ("**Date:** 2025-03-04\n\nNIO said.", "2025-03-04"),
    ("March 4, 2025 08:00 GMT\nXpeng said.", "2025-03-04"),
    # a date inside a sentence is not the publication date
    ("BYD sold cars on March 4, 2025 in China.\n", None),
    ("In 2025 sales grew.\n", None),
    # an ISO date among the fields of a metadata line
    ("Battery rules\n\nSource: Xinhua | 2025-04-09 16:22:41 | Editor: huaxia\n\nBEIJING, April 9 -- MIIT said.",
     "2025-04-09"),
    # but not one inside a sentence
    ("The plan dated 2025-04-09 was published by the ministry on Monday.\n", None),
])
def test_text_article_date_from_its_first_lines(tmp_path: Path, head: str, expected: str | None) -> None:
    p = tmp_path / "a.txt"
    p.write_text(head)
    assert read_path(p)[0].date == expected
    # front matter wins over a date line
    q = tmp_path / "b.md"
    q.write_text("---\ndate: 2024-01-02\n---\n" + head)
    assert read_path(q)[0].date == "2024-01-02"


def test_html_date_from_json_ld(tmp_path: Path) -> None:
    """A page whose only date is in schema.org JSON-LD (an @graph here) gets it; the script's text stays out."""
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"},
        {"@type": "NewsArticle", "headline": "Gotion opens plant", "datePublished": "2025-06-30T07:00:00+08:00",
         "publisher": {"@type": "Organization", "name": "Gasgoo"}}]}
    p = tmp_path / "page.html"
    p.write_text(f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script>'
                 '<script type="application/ld+json">{not json</script></head>'
                 "<body><article><p>Gotion opened a plant in Morocco.</p></article></body></html>")
    [a] = read_path(p)
    assert (a.title, a.date, a.publisher) == ("Gotion opens plant", "2025-06-30", "Gasgoo")
    assert a.text == "Gotion opened a plant in Morocco.\n"
    # a meta tag still wins over JSON-LD, and a page with neither has no date
    _, meta, _ = html_to_text('<meta property="article:published_time" content="2025-01-01">'
                              f'<script type="application/ld+json">{json.dumps(ld)}</script><p>x</p>')
    assert meta["article:published_time"] == "2025-01-01" and meta["ld:datepublished"].startswith("2025-06-30")
    q = tmp_path / "nodate.html"
    q.write_text("<p>Plain page.</p>")
    assert read_path(q)[0].date is None


def test_jsonl_bad_line_names_path_and_line(tmp_path: Path) -> None:
    p = tmp_path / "f.jsonl"
    p.write_text('{"text": "A one."}\n{"text": "B tw\n\n{"text": "C three."}\n[1, 2]\n')
    arts, errs = _items(p)
    assert [a.text for a in arts] == ["A one.", "C three."]
    assert [(e.line, e.reason) for e in errs] == [(2, "json"), (5, "json")]
    assert str(errs[0]).startswith(f"{p}:2: invalid JSON line")
    assert "\n" not in str(errs[0])


def test_jsonl_line_separators_inside_strings(tmp_path: Path) -> None:
    """U+2028, U+2029, U+0085 and \\x1c are legal unescaped in JSON strings: they do not end a JSONL line."""
    p = tmp_path / "sep.jsonl"
    texts = ["A\u2028B.", "C\u2029D.", "E\x85F.", "G\x1cH.", "I\r\nJ."]
    p.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    arts, errs = _items(p)
    assert not errs
    assert [a.text for a in arts] == [t.replace("\x1c", "\ufffd") for t in texts]


def test_jsonl_crlf_lines(tmp_path: Path) -> None:
    p = tmp_path / "crlf.jsonl"
    p.write_bytes(b'{"text": "A."}\r\n{"text": "B."}\r\n')
    assert [a.text for a in read_path(p)] == ["A.", "B."]


def test_lone_surrogates_and_nul_are_scrubbed(tmp_path: Path) -> None:
    p = tmp_path / "s.jsonl"
    p.write_text('{"text": "CATL \\ud800 supplies \\u0000 Tesla.", "title": "\\udfff"}\n')
    [a] = read_path(p)
    assert a.text == "CATL \ufffd supplies \ufffd Tesla." and a.title == "\ufffd"
    a.text.encode("utf-8")  # storable
    assert scrub("a\ud83d\x00") == "a\ufffd\ufffd"


def test_control_characters_are_scrubbed_length_kept(tmp_path: Path) -> None:
    """C0 controls other than tab/LF/CR cannot be carried by XML outputs (and U+001F is the CSV array
    delimiter): the readers turn them into U+FFFD, vertical tab and form feed into spaces."""
    raw = "Bell\x07Co supplies \x1b[31mTesla\x1f.\tTab\x0bVT\x0cFF\r\nend\x7f\x85\n" + "Plain text. " * 20
    p = tmp_path / "c.txt"
    p.write_text(raw, encoding="utf-8")
    [a] = read_path(p)
    assert a.text == "Bell\ufffdCo supplies \ufffd[31mTesla\ufffd.\tTab VT FF\r\nend\x7f\x85\n" + "Plain text. " * 20
    assert len(a.text) == len(raw)
    q = tmp_path / "c.jsonl"
    q.write_text(json.dumps({"title": "T\x01", "text": "A\x02B"}) + "\n")
    [b] = read_path(q)
    assert (b.title, b.text) == ("T\ufffd", "A\ufffdB")


def test_deeply_nested_json_is_an_article_error(tmp_path: Path) -> None:
    p = tmp_path / "deep.json"
    p.write_text("[" * 200_000 + "]" * 200_000)
    q = tmp_path / "deep.jsonl"
    q.write_text('{"text": "ok."}\n' + "[" * 200_000 + "\n")
    with pytest.raises(ArticleError, match="deep.json: invalid JSON"):
        read_path(p)
    arts, errs = _items(q)
    assert [a.text for a in arts] == ["ok."] and errs[0].line == 2


def test_feed(tmp_path: Path) -> None:
    p = tmp_path / "f.rss"
    p.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
                 "<item><title>One</title><link>https://x.test/1</link><pubDate>Tue, 02 Sep 2025 08:00:00 +0800</pubDate>"
                 "<description>&lt;p&gt;CATL supplies NIO.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>"
                 "<item><title>Empty</title></item></channel></rss>")
    arts, errs = _items(p)
    assert [(a.title, a.date, a.publisher, a.text) for a in arts] == [
        ("One", "2025-09-02", "Wire", "CATL supplies NIO.\n")]
    assert errs and errs[0].line == 2 and errs[0].reason == "empty"


# -- encodings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_bom_encodings_are_read(tmp_path: Path, codec: str) -> None:
    text = "宁德时代 (CATL) supplies Tesla.\n"
    raw = text.encode(codec)
    if codec == "utf-16-le":
        raw = b"\xff\xfe" + raw
    elif codec == "utf-16-be":
        raw = b"\xfe\xff" + raw
    p = tmp_path / f"{codec}.txt"
    p.write_bytes(raw)
    [a] = read_path(p)
    assert a.text == text


@pytest.mark.parametrize("data,reason,match", [
    (b"", "empty", "empty file"),
    (b"  \n\t\n", "empty", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", "binary file"),
    (b"caf\xe9 au lait", "encoding", r"not valid UTF-8 \(byte 0xe9 at offset 3\)"),
    (bytes(range(1, 32)) * 20, "binary", "control characters"),
    (b"\xff\xfe\x00\xd8", "encoding", "invalid UTF-16"),
])
def test_bad_bytes(tmp_path: Path, data: bytes, reason: str, match: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(ArticleError, match=match) as ei:
        read_path(p)
    assert ei.value.reason == reason and ei.value.path == str(p)
    assert "\n" not in str(ei.value)


def test_decode_bytes_keeps_text_and_scrubs_late_nul() -> None:
    body = b"a" * 5000 + b"\x00tail"
    assert decode_bytes(body, "x") == "a" * 5000 + "\ufffdtail"


def test_too_large_names_the_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 2000)
    with pytest.raises(ArticleError, match=r"big.txt: file of 2,000 bytes exceeds the 1,000-byte limit") as ei:
        read_path(p, max_bytes=1000)
    assert ei.value.reason == "too-large"
    assert MAX_BYTES < 50 * 1024 * 1024


def test_one_megabyte_single_line(tmp_path: Path) -> None:
    line = ("CATL supplies battery cells to Tesla and " * 26_000)[:1_000_000]
    p = tmp_path / "long.txt"
    p.write_text(line)
    [a] = read_path(p)
    assert a.text == line


def test_rss_that_is_not_xml(tmp_path: Path) -> None:
    p = tmp_path / "feed.rss"
    p.write_text("this is not a feed at all\n")
    with pytest.raises(ArticleError, match="feed.rss: not an RSS or Atom feed") as ei:
        read_path(p)
    assert ei.value.reason == "xml"
    q = tmp_path / "broken.xml"
    q.write_text("<?xml version='1.0'?><config><value>1</value></config>")
    with pytest.raises(ArticleError, match="broken.xml: not a readable RSS or Atom feed"):
        read_path(q)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_not_read(tmp_path: Path) -> None:
    """A named pipe called like an article would block the reader forever."""
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_path(p)


def test_unsupported_suffix(tmp_path: Path) -> None:
    p = tmp_path / "x.pdf"
    p.write_bytes(b"%PDF-1.4")
    with pytest.raises(ArticleError, match=r"unsupported file type '\.pdf'"):
        read_path(p)


# -- discovery ----------------------------------------------------------------------------------------


def test_discover_symlink_loop_terminates_each_file_once(tmp_path: Path) -> None:
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("A.")
    (d / "sub" / "b.txt").write_text("B.")
    (d / "sub" / "loop").symlink_to(d)            # sub/loop -> d
    (d / "self").symlink_to(d / "self")           # a symlink to itself (ELOOP)
    (d / "link.txt").symlink_to(d / "a.txt")      # same file twice
    (d / "dangling.txt").symlink_to(d / "gone.txt")
    (d / ".hidden.txt").write_text("H.")
    found = list(discover([d, d / "a.txt"]))
    real = [os.path.realpath(p) for p in found]
    assert len(real) == len(set(real))
    names = sorted(p.name for p in found)
    assert names == ["a.txt", "b.txt", "dangling.txt"]
    arts, errs = _items(d / "dangling.txt")
    assert not arts and errs[0].reason == "unreadable"


def test_discover_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope: no such file or directory"):
        list(discover([tmp_path / "nope"]))


def test_suffix_table_covers_documented_formats() -> None:
    assert {".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom"} <= set(SUFFIX_FORMAT)


# -- metadata helpers --------------------------------------------------------------------------------


@pytest.mark.parametrize("value,expected", [
    ("2024-08-28T10:00:00Z", "2024-08-28"), ("2024/8/3", "2024-08-03"), ("2024年8月3日", "2024-08-03"),
    ("Tue, 02 Sep 2025 08:00:00 +0800", "2025-09-02"), ("September 3, 2024", "2024-09-03"),
    ("3 Sep 2024", "2024-09-03"), ("2024-13-40", None), ("2024年13月3日", None), ("soon", None), ("", None), (None, None),
    ("Mon, 01 Jan 99999999999999999999 00:00:00 +0000", None),
    # page and feed forms met in scraped news
    ("Sept. 4, 2025", "2025-09-04"), ("Mar. 4, 2025", "2025-03-04"), ("March 4th, 2025", "2025-03-04"),
    ("Updated: March 4, 2025 at 10:02 a.m. ET", "2025-03-04"), ("Published 4:05 PM, 04 Mar, 2025", "2025-03-04"),
    ("Posted on 2025-03-04 by staff", "2025-03-04"), ("04.03.2025", "2025-03-04"), ("31.04.2025", None),
    ("Feb 30, 2025", None), ("Mayday 3 2025", None), ("2024-02-30", None),
    # Unix times in seconds or milliseconds (UTC); small numbers and booleans are not dates
    (1741075200, "2025-03-04"), ("1741075200000", "2025-03-04"), (1741075200.5, "2025-03-04"), (12, None),
    (True, None), ("2025", None),
])
def test_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_front_matter_needs_closing_fence() -> None:
    assert split_front_matter("---\ntitle: x\nno fence\n") == ({}, "---\ntitle: x\nno fence\n")


def test_feed_item_with_none_summary() -> None:
    """A mutated feed (found by the fuzz test) on which feedparser gives an item a None summary:
    that item is one ArticleError, the others are read (it used to raise TypeError)."""
    p = ROOT / "tests" / "data" / "feed-none-summary.atom"
    arts, errs = _items(p)
    assert len(arts) == 2 and [e.line for e in errs] == [2]
    assert errs[0].reason == "empty"


def test_feed_whose_encoding_name_is_not_utf8_is_one_error(tmp_path: Path) -> None:
    """A mutated feed (found by the fuzz test) whose XML declaration names an encoding holding a non-UTF-8 byte:
    feedparser raised UnicodeDecodeError on it; the reader gives one ArticleError naming the file."""
    p = tmp_path / "broken.rss"
    p.write_bytes(b'<?xml version="1.0" encoding="U{{\xfb{{TF-8"?>\n<rss version="2.0"><channel><title>T</title>'
                  b"<item><title>A</title><description>CATL supplies Tesla.</description></item></channel></rss>\n")
    arts, errs = _items(p)
    assert arts == [] and len(errs) == 1 and errs[0].reason == "xml" and "broken.rss" in str(errs[0])


def test_html_table_rows_keep_their_cells_apart() -> None:
    text, _, _ = html_to_text("<body><p>Specs.</p><table><tr><th>Item</th><th>SU7</th><th>SU7 Max</th></tr>"
                              "<tr><td>Battery supplier</td><td>FinDreams</td><td>CATL</td></tr></table></body>")
    assert "Item | SU7 | SU7 Max" in text
    assert "Battery supplier | FinDreams | CATL" in text
