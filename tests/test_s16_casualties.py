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
    "شددت قسد الطوق على مدينة القامشلي أمس. واعتقلت \"قسد\"، قرب مدخل المدينة، عدداً من الضباط والجنود في الجيش السوري.",
    "شددت قسد الطوق على مدينة القامشلي أمس. واعتقلت قسد قرب مدخل المدينة الشرقي عدداً من الضباط في الجيش السوري.",
])
def test_a_vague_count_of_officers_past_the_subject_is_a_figure(text):
    assert _figures(text) == [(None, "vague", "captured", "Syrian government forces")]


def test_officers_and_soldiers_called_syrian_are_the_armys():
    text = "وعمد مسلحون مجهولون في ريف السويداء أمس إلى اختطاف ضباط وجنود سوريين عائدين من إجازاتهم."
    assert [f[2:] for f in _figures(text)] == [("captured", "Syrian government forces")]


def test_the_dead_mans_force_named_in_his_title_before_his_verb():
    text = ("ضابط الارتباط في حرس الثورة، العقيد حسن مهدوي، سقط شهيداً إثر غارة على مبنى في "
            "منطقة المزة في دمشق أمس.")
    assert [f[2:] for f in _figures(text)] == [("killed", "Islamic Revolutionary Guard Corps")]


def test_the_dead_mans_name_after_his_titles_finds_who_mourns_him():
    text = ("ونعى حرس الثورة في بيان مساء أمس العميد حسن مهدوي. وتوقعت صحف عبرية رداً إيرانياً بعد استشهاد "
            "المستشار العسكري العميد السيد حسن مهدوي بضربة جوية على منطقة المزة في دمشق أمس.")
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
    text = ("ودارت مواجهات قرب بلدة تل رفعت في ريف حلب أمس، قُتل فيها ثلاثة من مقاتلي الفيلق الثالث المنضوي "
            "ضمن الفصائل، وجرح ستة آخرين.")
    assert [(f[0], f[3]) for f in _figures(text)] == [(3, "Syrian National Army"), (6, "Syrian National Army")]
