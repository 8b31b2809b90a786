"""The look-up tables the places stage builds once stand for the rules they replace."""
from __future__ import annotations

from rasid.geo.context import CLITICS, _role_of_forms, _role_table, prev_word, role_of
from rasid.geo.gazetteer import entries
from rasid.geo.matcher import _distinctive_area, _distinctive_cores, _index
from rasid.geo.resolve import _abroad_kinds


def test_role_of_is_the_rule_on_every_prefixed_form():
    table = _role_table()
    prefixes = [p + a for p in (*CLITICS, "لل", "x") for a in ("", "ال", "ل")]
    words = [p + w for w in table for p in prefixes] + [w[:k] for w in table for k in range(4)]
    words += ["", "و", "ال", "والي", "بلدة", "وبالبلدة", "فللمدينه", "كتاب"]
    assert [role_of(w) for w in words] == [_role_of_forms(w, table) for w in words]


def test_abroad_kinds_are_the_candidates_scan():
    es = entries()
    for core, (cands, abroad, _) in _index()[1].items():
        if abroad:
            assert _abroad_kinds()[core] == (any(es[i].level != "abroad" for i, _ in cands),
                                             any(es[i].type == "country" for i, _ in cands))


def test_distinctive_cores_are_the_areas_test():
    table = _index()[1]
    assert _distinctive_cores() == {core for core in table if _distinctive_area(core, table)}
    assert _distinctive_cores()  # (حقل العمر and the like)


def test_prev_word_across_one_space_and_longer_gaps():
    text = "قصف مدينة حلب. ثم  «ادلب»"
    assert prev_word(text, text.index("حلب")) == ("مدينة", 4, False)
    assert prev_word(text, text.index("ثم")) == ("حلب", 10, True)
    assert prev_word(text, text.index("ادلب")) == ("ثم", 15, False)
    assert prev_word(text, 0) == ("", 0, False)
    assert prev_word("بحلب", 1) == ("ب", 0, False)
