"""The author of an air strike the article tells without one: the one force that flew every other
strike of the article, on a target it struck. Texts are written for the tests."""
from rasid import analyze


def _strikes(text: str) -> dict[str | None, str | None]:
    result = analyze(text, published="2024-03-10")
    names = {p.id: p.name_ar for p in result.places}
    return {names.get(e.place): e.actor1 for e in result.events if e.sub_event_type == "Air/drone strike"}


def test_an_unclaimed_aerial_aggression_is_the_one_air_force_s_the_article_names() -> None:
    text = ("أفادت مصادر محلية بوقوع عدوان جوي قرب مدينة الميادين في ريف دير الزور، ما أدى إلى سقوط "
            "عدد من الشهداء.\nوكانت طائرات إسرائيلية قد استهدفت قبل أسبوع مواقع في محيط مدينة حمص.")
    assert _strikes(text) == {"الميادين": "Israeli forces", "حمص": "Israeli forces"}


def test_a_drone_on_a_foe_the_air_force_did_not_strike_stays_unattributed() -> None:
    text = ("شنّ الطيران الحربي الإسرائيلي فجر اليوم غارات على مواقع لحزب الله في محيط مدينة القصير "
            "بريف حمص. وفي سياق آخر، قُتل ثلاثة من عناصر قوات سوريا الديمقراطية بغارة من طائرة "
            "مسيّرة على سيارتهم قرب مدينة القامشلي.")
    assert _strikes(text) == {"القصير": "Israeli forces", "القامشلي": None}
