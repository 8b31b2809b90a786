"""Session 18, casualty figures: texts written for these tests."""
from rasid import analyze


def _figures(text):
    r = analyze(text, id="t", published="2024-02-02")
    return [(f.count, f.qualifier, f.kind, f.victims, f.claimed_by, f.span) for e in r.events for f in e.fatalities]


_POLICE = ("مقتل 3 عناصر من الشرطة وإصابة آخر بهجوم مسلح قرب مدينة نوى\n"
           "قتل ثلاثة عناصر من الشرطة السورية، وأصيب آخر، بهجوم مسلح على حاجز قرب مدينة نوى بريف درعا "
           "اليوم الجمعة، وفق ما ذكرت وكالة سانا.\n"
           "وتشهد المنطقة هجمات متكررة على الحواجز.\n")


def test_a_headline_figure_told_again_in_the_body_takes_the_bodys_source():
    """The headline (printed again below, as the outlet does) sums up the body: its lone wounded
    man is the one the agency's report counts."""
    text = _POLICE + _POLICE.split("\n")[0]
    title_end = text.index("\n")
    title = [f for f in _figures(text) if f[5][0] < title_end]
    assert {(f[0], f[2], f[4]) for f in title} == {(3, "killed", "SANA"), (1, "injured", "SANA")}


def test_a_lead_not_printed_again_keeps_its_lone_figure():
    """Without the copy below, the first line is the outlet's lead: its lone 1 stays its own."""
    title_end = _POLICE.index("\n")
    title = [f for f in _figures(_POLICE) if f[5][0] < title_end]
    assert (1, "injured", "outlet") in {(f[0], f[2], f[4]) for f in title}


def test_a_headline_figure_told_again_in_the_body_takes_the_bodys_people():
    """``مقاراً للمسلحين … موقعاً قتلى`` in the headline: the body names whose dead they are."""
    title = "الجيش السوري يدمر مقاراً للمسلحين في ريف إدلب موقعاً قتلى في صفوفهم"
    text = (title + "\n"
            "أعلنت وزارة الدفاع السورية أن قواتها دمرت مقاراً لهيئة تحرير الشام في ريف إدلب، "
            "وأوقعت قتلى في صفوف الفصائل المسلحة.\n"
            "وتتواصل الغارات على ريف إدلب منذ أيام.\n" + title)
    title_end = text.index("\n")
    got = [f for f in _figures(text) if f[2] == "killed"]
    body = {f[3] for f in got if f[5][0] > title_end}
    assert {f[3] for f in got if f[5][0] < title_end} == body == {"Syrian opposition factions"}


def _captured(text: str) -> list[tuple[int | None, str | None]]:
    result = analyze(text, published="2024-03-10")
    return [(f.count, f.victims) for e in result.events for f in e.fatalities if f.kind == "captured"]


def test_a_force_arresting_its_own_members_holds_its_own_men() -> None:
    """``المئات من قادتها``, ``12 من مقاتليها``: "its members" are the force named before them in
    the sentence (a purge), not civilians."""
    assert _captured("تشهد مناطق سيطرة هيئة تحرير الشام في إدلب توتراً متصاعداً، بعدما شنّ جهازها "
                     "الأمني حملة اعتقالات طالت المئات من قادتها وعناصرها بتهمة العمالة.") \
        == [(None, "Hayat Tahrir al-Sham")]
    assert _captured("اعتقلت قوات سوريا الديمقراطية، أمس، 12 من مقاتليها في مدينة الرقة بعد رفضهم "
                     "القتال ضد العشائر.") == [(12, "Syrian Democratic Forces")]
