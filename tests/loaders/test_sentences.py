"""Sentence splitting edge cases."""

from __future__ import annotations

from evkg.loaders.sentences import MAX_SENTENCE, split_sentences


def _split(t: str) -> list[str]:
    return [t[s:e] for s, e in split_sentences(t)]


def test_abbreviations_decimals_and_tickers_stay_inside():
    t = "Sunwoda Electronic Co., Ltd. rose 3.5% to close at 300207.SZ. Its U.S. unit fell. No. 2 maker Gotion Inc. gained."
    assert _split(t) == ["Sunwoda Electronic Co., Ltd. rose 3.5% to close at 300207.SZ.", "Its U.S. unit fell.",
                         "No. 2 maker Gotion Inc. gained."]


def test_hong_kong_tickers_and_chinese_punctuation():
    assert _split("Leapmotor (9863.HK) rose. 零跑汽车上涨。比亚迪下跌！") == ["Leapmotor (9863.HK) rose.", "零跑汽车上涨。",
                                                                   "比亚迪下跌！"]


def test_headlines_and_bullets_are_sentences():
    t = "XPeng Sets Delivery Record\n- Deliveries hit 30,000\n- Margins improved\nThe stock rose."
    assert _split(t) == ["XPeng Sets Delivery Record", "- Deliveries hit 30,000", "- Margins improved", "The stock rose."]


def test_lower_case_continuation_is_not_a_boundary():
    assert _split("It reached approx. three million units. Then it slowed.") == [
        "It reached approx. three million units.", "Then it slowed."]


def test_model_letters_end_sentences_but_initials_do_not():
    t = "Its rival is the Tesla Model Y. The pack comes from CATL. Founder Robin J. Li spoke. It closed a Series B. Shares rose."
    assert _split(t) == ["Its rival is the Tesla Model Y.", "The pack comes from CATL.", "Founder Robin J. Li spoke.",
                         "It closed a Series B.", "Shares rose."]


def test_quotes_close_the_sentence():
    assert _split('He said "it works." Then he left.') == ['He said "it works."', "Then he left."]


def test_huge_single_line_is_cut_linearly():
    t = "word " * 100_000
    spans = split_sentences(t)
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert spans[0][0] == 0


def test_a_legal_name_ending_in_co_ltd_ends_the_sentence():
    assert _split("The largest holder is Volkswagen (China) Investment Co., Ltd. Jianghuai Automobile and Chery "
                  "buy its cells.") == ["The largest holder is Volkswagen (China) Investment Co., Ltd.",
                                        "Jianghuai Automobile and Chery buy its cells."]
    # a title after the name, or a lower-case word: one sentence
    assert len(_split("BYD Co., Ltd. Chairman Wang Chuanfu spoke.")) == 1
    assert len(_split("CATL Co., Ltd. rose 3.5% on Monday.")) == 1


def test_a_model_code_ending_in_a_capital_ends_a_sentence():
    t = "GAC Toyota builds the bZ3X. The car uses CALB cells. Its chief is W. Zhang."
    assert _split(t) == ["GAC Toyota builds the bZ3X.", "The car uses CALB cells.", "Its chief is W. Zhang."]
