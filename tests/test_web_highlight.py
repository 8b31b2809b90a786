"""Span highlighting: overlapping contract spans → flat pieces that cover the text exactly once."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasid.web.highlight import Mark, highlight, pieces

TEXT = "قال المتحدث إن القصف على سرمين أدى إلى مقتل 12 مدنياً"


def test_overlapping_spans_become_flat_pieces():
    place = TEXT.index("سرمين")
    content = TEXT.index("القصف")
    marks = [Mark(content, len(TEXT), "claim", "c1"), Mark(place, place + 5, "place", "p1"), Mark(0, 3, "cue", "c1")]
    out = pieces(TEXT, marks)
    assert "".join(p.text for p in out) == TEXT
    sarmin = [p for p in out if p.text == "سرمين"][0]
    assert set(sarmin.marks) == {("claim", "c1"), ("place", "p1")}
    assert sarmin.kinds == ["claim", "place"] and sarmin.refs == "claim:c1 place:p1"
    assert [p for p in out if p.text == "قال"][0].marks == (("cue", "c1"),)


def test_spans_outside_the_text_are_clipped_and_empty_ones_dropped():
    out = pieces("abc", [Mark(2, 99, "place", "p1"), Mark(-5, 1, "cue", "c1"), Mark(2, 2, "event", "e1")])
    assert [(p.text, p.marks) for p in out] == [("a", (("cue", "c1"),)), ("b", ()), ("c", (("place", "p1"),))]


def test_contract_spans_are_code_points():
    text = "😀 هجوم على حلب"  # an astral character before the span: Python and the contract agree
    start = text.index("حلب")
    result = {"places": [{"id": "p1", "spans": [[start, start + 3]]}],
              "events": [{"id": "e1", "evidence": [[2, 6]], "fatalities": [{"span": [2, 6]}]}],
              "claims": [{"id": "c1", "speaker": {"span": None}, "cue": {"span": [0, 1]}, "content": None}],
              "repairs": [{"span": [2, 6]}]}
    out = highlight(text, result)
    assert [p.text for p in out if ("place", "p1") in p.marks] == ["حلب"]
    assert [p.text for p in out if ("figure", "e1.f0") in p.marks] == ["هجوم"]
    assert [p.text for p in out if ("repair", "r0") in p.marks] == ["هجوم"]


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)), max_size=8))
def test_pieces_partition_the_text(text, spans):
    marks = [Mark(a, b, "place", f"p{i}") for i, (a, b) in enumerate(spans)]
    out = pieces(text, marks)
    assert "".join(p.text for p in out) == text
    for p in out:
        for m in marks:
            covered = m.start <= p.start and p.end <= m.end
            assert (("place", m.ref) in p.marks) == (covered and p.end > p.start), (p, m)
