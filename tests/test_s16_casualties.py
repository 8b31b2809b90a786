"""Session 16, casualty figures: texts written for these tests."""
import pytest

from rasid import analyze


def _figures(text):
    r = analyze(text, id="t", published="2024-02-02")
    return [(f.count, f.qualifier, f.kind, f.victims) for e in r.events for f in e.fatalities]


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة بحافلة على طريق درعا أمس، ما أدى إلى إصابة 12 عنصراً. وتم نقل الجرحى إلى عدة مشاف.",
    "انفجرت عبوة ناسفة بحافلة على طريق درعا أمس، ما أدى إلى إصابة 12 عنصراً. ونُقل المصابون إلى 3 مستشفيات.",
])
def test_the_hospitals_the_wounded_go_to_count_no_one(text):
    assert [f[:3] for f in _figures(text)] == [(12, "exact", "injured")]


@pytest.mark.parametrize("text", [
    "وفرضت قسد طوقاً على مدينة الحسكة أمس. واعتقلت \"قسد\"، عند حواجزها، عدداً من الضباط والجنود في الجيش السوري.",
    "وفرضت قسد طوقاً على مدينة الحسكة أمس. واعتقلت قسد في حواجزها بالمدينة عدداً من الضباط في الجيش السوري.",
])
def test_a_vague_count_of_officers_past_the_subject_is_a_figure(text):
    assert _figures(text) == [(None, "vague", "captured", "Syrian government forces")]


def test_officers_and_soldiers_called_syrian_are_the_armys():
    text = "وأقدمت مجموعات مسلحة في ريف السويداء أمس على خطف ضباط وجنود سوريين."
    assert [f[2:] for f in _figures(text)] == [("captured", "Syrian government forces")]


def test_the_dead_mans_force_named_in_his_title_before_his_verb():
    text = ("المستشار البارز في حرس الثورة الإسلامية في إيران، العميد حسن مهدوي، يرتقي شهيداً إثر غارة "
            "إسرائيلية على منطقة السيدة زينب في ريف دمشق أمس.")
    assert [f[2:] for f in _figures(text)] == [("killed", "Islamic Revolutionary Guard Corps")]


def test_the_dead_mans_name_after_his_titles_finds_who_mourns_him():
    text = ("ونعى حرس الثورة، في إيران، العميد حسن مهدوي. وقال مسؤول إسرائيلي إن الجيش يستعد لرد بعد استشهاد "
            "المستشار العسكري العميد السيد حسن مهدوي، في غارة إسرائيلية على منطقة السيدة زينب في ريف دمشق أمس.")
    assert [f[2:] for f in _figures(text)] == [("killed", "Islamic Revolutionary Guard Corps")]


@pytest.mark.parametrize("tail, n", [
    ("وقال القائد إن الشهيد مهدي قضى عمره في الجهاد.", 1),
    ("وقال القائد إن الشهيد علي قضى حياته في الجبهات.", 1),
    ("وقضى طفلان بانفجار لغم في البلدة.", 2),
])
def test_qada_with_the_time_spent_is_no_death(tail, n):
    text = "استشهد القائد حسن في غارة إسرائيلية على منطقة السيدة زينب في ريف دمشق أمس. " + tail
    assert len(_figures(text)) == n


def test_others_of_those_counted_are_theirs_not_the_force_that_described_them():
    text = ("واندلعت اشتباكات في محيط مدينة مارع في ريف حلب أمس، أسفرت عن مقتل خمسة من عناصر الفيلق الثالث "
            "التابع للفصائل المسلحة، وجرح عشرة آخرين.")
    assert [(f[0], f[3]) for f in _figures(text)] == [(5, "Syrian National Army"), (10, "Syrian National Army")]
