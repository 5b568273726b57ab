"""Cleaning: junk removal, sentence repair, and offsets that map back to the original text."""

from __future__ import annotations

from evkg.loaders.cleaning import clean
from evkg.loaders.sentences import split_sentences


def _sentences(raw: str, known=frozenset()) -> list[str]:
    c = clean(raw, known_words=known)
    out = []
    for s, e in split_sentences(c.text):
        os_, oe = c.span(s, e)
        out.append(raw[os_:oe])
    return out


def test_junk_lines_are_dropped():
    raw = ("Gotion shipped cells to VinFast.\nAdvertisements\nImage source: Visual China\n02\n"
           "The above content is for reference only and does not constitute investment advice.\n"
           "Leave a comment\nClick to follow us\nGotion rose 4%.")
    assert _sentences(raw) == ["Gotion shipped cells to VinFast.", "Gotion rose 4%."]


def test_a_disclaimer_sentence_goes_but_the_rest_of_its_line_stays():
    raw = ("*A fortnightly note on car markets. Written by Camila Ortega. Not investment advice.*\n"
           "Shares rose 3.5% on Monday. Investment involves risk. Analysts expect more.")
    assert _sentences(raw) == ["*A fortnightly note on car markets.", "Written by Camila Ortega.",
                               "Shares rose 3.5% on Monday.", "Analysts expect more."]
    c = clean(raw)
    for i, ch in enumerate(c.text):  # (the offsets still map back)
        assert ch in " \n" or raw[c.to_original(i)] == ch


def test_glued_stop_is_split_and_evidence_is_original():
    raw = "Sunwoda unveiled a new cell this week.Sunwoda said output will double."
    assert _sentences(raw) == ["Sunwoda unveiled a new cell this week.", "Sunwoda said output will double."]


def test_a_comma_glued_to_the_next_word_gets_its_blank_but_numbers_keep_theirs():
    raw = "Customers cover Tesla,Sailisi (赛力斯),Jili Auto and others,with 1,200 orders."
    ct = clean(raw)
    assert ct.text == "Customers cover Tesla, Sailisi (赛力斯), Jili Auto and others, with 1,200 orders."
    s, e = ct.span(0, len(ct.text))
    assert raw[s:e] == raw  # offsets still map to the original


def test_glued_words_without_stop_are_split_but_known_camel_case_names_are_not():
    raw = "Orders rose sharply in the quarterMeanwhile DeepSeek and ByteDance gained."
    sents = _sentences(raw, known=frozenset({"deepseek", "bytedance"}))
    assert sents == ["Orders rose sharply in the quarter", "Meanwhile DeepSeek and ByteDance gained."]


def test_markdown_emphasis_is_removed_from_clean_text_but_kept_in_evidence():
    raw = "Shares of **XPeng** climbed 6% after **XPeng**'s update."
    c = clean(raw)
    assert "**" not in c.text
    (s, e), = split_sentences(c.text)
    os_, oe = c.span(s, e)
    assert raw[os_:oe] == raw


def test_offsets_map_every_clean_character_back():
    raw = "A  **bold** claim.Next one here!\n01\nLast line"
    c = clean(raw)
    for i, ch in enumerate(c.text):
        o = c.to_original(i)
        if ch not in " \n":
            assert raw[o] == ch, (i, ch)


def test_empty_and_whitespace():
    assert clean("").text == ""
    assert split_sentences(clean("   \n\n ").text) == []


def test_glued_stop_before_a_one_letter_word_or_an_acronym():
    raw = "Sales rose as subsidies were phased out.A joint venture was formed.It grew."
    assert _sentences(raw) == ["Sales rose as subsidies were phased out.", "A joint venture was formed.", "It grew."]
    raw = "Inventories were cleared.BYD (SZSE: 002594) supplies cells."
    assert _sentences(raw) == ["Inventories were cleared.", "BYD (SZSE: 002594) supplies cells."]
    # a ticker suffix, a decimal and an abbreviation are no sentence end
    raw = "Changan (000625.SZ) rose 3.5% after Tesla Inc.BYD fell."
    assert _sentences(raw) == [raw]


def test_share_and_font_widgets_are_dropped():
    for widget in ("Share: WeChat / Weibo / LinkedIn", "Comment (0) | Share to: WeChat Weibo",
                   "Share: [X](#) · [LinkedIn](#) · [Weibo](#)", "Font size: large medium small | Share to: WeChat  Weibo  QQ",
                   "[Font: Big Middle Small] [Share to: WeChat Weibo QQ Space]", "- Follow us on WeChat"):
        assert clean(f"{widget}\nBYD sold more cars.").text.strip() == "BYD sold more cars.", widget
    # a sentence about shares, or a bullet that opens with "Share of", is text
    for text in ("Share of NEVs rose to 50% in May.", "- Share of exports fell.", "Shares of BYD rose: 3% on Monday."):
        assert clean(text).text == text
