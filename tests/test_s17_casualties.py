"""Session 17, casualty figures: texts written for these tests."""
import pytest

from rasid import analyze


def _figures(text):
    r = analyze(text, id="t", published="2024-02-02")
    return [(f.count, f.qualifier, f.kind, f.victims, f.claimed_by) for e in r.events for f in e.fatalities]


def test_a_count_restated_by_another_source_counts_the_same_people():
    text = ("تعرضت قاعدة في ريف الحسكة لهجوم بطائرات مسيرة أمس. وأعلنت وزارة الدفاع الأميركية أنّ 12 جندياً "
            "من قواتها أصيبوا بجروح في سوريا، بينما ذكرت شبكة سي إن إن أنّهم 15 جندياً.")
    got = {(f[0], f[3]) for f in _figures(text)}
    assert (15, "US-led coalition") in got


def test_a_death_a_speaker_names_only_as_a_time_is_the_outlets():
    text = ("قصفت طائرات إسرائيلية مبنى في حي المزة بدمشق أمس. وقال مسؤول إسرائيلي إن الجيش يستعد لرد إيراني "
            "بعد مقتل المستشار العسكري العميد فلان الفلاني في الغارة.")
    assert [(f[0], f[2], f[4]) for f in _figures(text)] == [(1, "killed", "outlet")]


def test_a_death_another_side_tells_in_a_relative_clause_is_the_outlets():
    text = ("وأدانت حركة حماس في بيان أمس اغتيال العميد في حرس الثورة الإيراني فلان الفلاني، الذي استشهد "
            "في غارة إسرائيلية على حي المزة في دمشق.")
    assert [(f[0], f[2], f[3], f[4]) for f in _figures(text)] == [
        (1, "killed", "Islamic Revolutionary Guard Corps", "outlet")]


def test_the_dead_mans_own_side_mourning_him_still_gives_his_death():
    text = ("ونعى حرس الثورة الإيراني في بيان أمس العميد فلان الفلاني، الذي استشهد في غارة إسرائيلية "
            "على حي المزة في دمشق.")
    assert [(f[0], f[2], f[4]) for f in _figures(text)] == [(1, "killed", "Islamic Revolutionary Guard Corps")]



@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات بين فصيلين في مدينة الباب بريف حلب أمس، ما أدى إلى وفاة رضيع.",
    "اندلعت اشتباكات بين فصيلين في مدينة الباب بريف حلب أمس، ما أدى إلى مقتل مزارع.",
])
def test_an_infant_or_a_man_of_a_civilian_trade_is_a_civilian(text):
    assert [(f[0], f[2], f[3]) for f in _figures(text)] == [(1, "killed", "Civilians")]


def test_the_force_named_in_the_next_sentence_is_not_the_victims():
    """A force opening the next sentence (``… 15 آخرين. الحرس الثوري ينعى``) is its subject, not the
    wounded's force; within the sentence a force still names them."""
    text = ("قصفت طائرات مسيّرة أمس قرية في ريف دير الزور، ما أدى إلى مقتل شخصين وإصابة 15 آخرين. "
            "الحرس الثوري ينعى أحد مستشاريه الذي سقط في سوريا.")
    assert {(f[0], f[3]) for f in _figures(text)} == {(2, "Civilians"), (15, "Civilians")}
