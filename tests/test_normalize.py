"""The matching form and its map back to the text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text.normalize import fold, fold_with_index


def test_fold_unifies_spellings() -> None:
    assert fold("إدلبُ") == fold("ادلب") == "ادلب"
    assert fold("حماة") == "حماه"
    assert fold("مصطفى") == "مصطفي"
    assert fold("الجي\u200bش") == "الجيش"
    assert fold("٢٢ يناير") == "22 يناير"


def test_a_no_break_space_beside_a_space_is_one_space() -> None:
    assert fold("المقاومة\xa0 الإسلامية") == fold("المقاومة \xa0الإسلامية") == "المقاومه الاسلاميه"
    assert fold("حلب\xa0الشهباء") == "حلب الشهباء"
    folded, index = fold_with_index("في \xa0إدلب")
    assert folded == "في ادلب" and index[3] == 4


def test_index_points_at_the_source_characters() -> None:
    text = "قُتِلَ جنديّان"
    folded, index = fold_with_index(text)
    assert folded == "قتل جنديان"
    assert [text[index[i]] for i in range(len(folded))] == list("قتل جنديان")
    assert index[len(folded)] == len(text)
    assert index[4:7] == [index[4], index[5], index[6]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ابتجدهوزةىأإآـًٌٍَُِّْ\u200b\u200e ٣\xa0"), max_size=40))
def test_index_is_monotone_and_exact(text: str) -> None:
    folded, index = fold_with_index(text)
    assert folded == fold(text)
    assert len(index) == len(folded) + 1 and index[len(folded)] == len(text)
    positions = [index[i] for i in range(len(folded))]
    assert positions == sorted(set(positions))
    assert all(fold(text[p]) == folded[i] for i, p in enumerate(positions))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fold_equals_the_translation_table(text: str) -> None:
    import re

    from rasid.text.normalize import _TABLE
    assert fold(text) == re.sub("\xa0(?= )|(?<= )\xa0", "", text).translate(_TABLE)


def test_fold_remembers_short_strings_only_up_to_its_bound(monkeypatch):
    """The memo of short strings is bounded (memory stays flat over a long ingest) and gives
    what folding afresh gives."""
    from rasid.text import normalize

    monkeypatch.setattr(normalize, "_FOLDED", {})
    monkeypatch.setattr(normalize, "_MEMO_SIZE", 5)
    words = [f"إدلبُ{k}" for k in range(20)]
    assert [normalize.fold(w) for w in words] == [f"ادلب{k}" for k in range(20)]
    assert [normalize.fold(w) for w in words] == [f"ادلب{k}" for k in range(20)]
    assert len(normalize._FOLDED) == 5
    assert normalize.fold("حماة " * 40) == "حماه " * 40  # too long to remember
    assert len(normalize._FOLDED) == 5


def test_find_all_gives_every_start_of_every_needle_sorted_overlaps_kept():
    from rasid.text.normalize import find_all
    text = "قال إن الجيش، إنّ الأنباء «كاذبة» و«مضللة»"
    assert find_all(text, ("«", "إن")) == sorted(
        [i for i, c in enumerate(text) if c == "«"] + [i for i in range(len(text)) if text.startswith("إن", i)])
    assert find_all("ااا", ("اا",)) == [0, 1]
    assert find_all("", ("ا",)) == [] and find_all("نص", ()) == []
