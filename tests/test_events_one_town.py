"""Events on corpus-style (Al Mayadeen) reports: one story told at a town and at its
neighbourhood, its same-named governorate, or with the town only as a direction is one event.
Texts are written for the tests."""
import re

from rasid.extract.events import find_events
from rasid.model import DocMeta, Place
from rasid.text.prepare import prepare

from event_fixtures import places_in

PUB = "2024-03-13"


_places = places_in


def _events(text: str, places: list[Place]) -> list:
    """The events of ``text`` with these places and no claims."""
    return find_events(prepare(text, DocMeta(id="t", published=PUB)), places, [])


def _run(text: str, rows) -> list[tuple[str, str | None]]:
    places = _places(text, rows)
    names = {p.id: (p.name_ar, p.kind) for p in places}
    return [(e.event_type, names.get(e.place)) for e in _events(text, places)]


def test_a_governorate_and_its_same_named_capital_are_one_protest():
    text = "نفذ عمال الحسكة وقفة احتجاجية اليوم وسط مدينة الحسكة للمطالبة برفع العقوبات."
    found = _run(text, [("الحسكة", "area", "Al-Hasakah", "SY08", 0), ("الحسكة", "point", "Al-Hasakah", "C4360", 1)])
    assert found == [("Protests", ("الحسكة", "point"))], found


def test_a_neighbourhood_joins_its_citys_strike():
    text = "شنت طائرات أميركية غارات اليوم على مدينة دير الزور، واستهدفت الغارات حي القصور في المدينة."
    found = _run(text, [("دير الزور", "point", "Deir ez-Zor", "C5086", -1), ("القصور", "point", "Deir ez-Zor", "N0419", -1)])
    assert found == [("Explosions/Remote violence", ("دير الزور", "point"))], found


def test_a_town_named_only_as_a_direction_joins_the_placed_strike():
    rows = [("حمص", "point", "Homs", "C2528", -1), ("القصير", "point", "Homs", "C2733", -1)]
    text = "نفذ الاحتلال الإسرائيلي اليوم عدواناً جوياً على نقاط جنوبي مدينة حمص، إذ استهدفت مسيرة إسرائيلية شاحنة عند أطراف القصير."
    assert _run(text, rows) == [("Explosions/Remote violence", ("القصير", "point"))]
    text = text.replace("جنوبي مدينة حمص", "في مدينة حمص")  # a strike in the city stays its own
    assert len(_run(text, rows)) == 2


def test_who_condemns_an_attack_is_not_its_author():
    rows = [("دير الزور", "point", "Deir ez-Zor", "C5086", -1)]
    for text in ("دانت حركة حماس الغارة التي استهدفت اليوم مدينة دير الزور.",
                 "وأعرب القيادي في حركة حماس، اليوم، عن إدانته للغارة التي استهدفت مدينة دير الزور."):
        places = _places(text, rows)
        events = _events(text, places)
        assert events and all(e.actor1 != "Hamas" for e in events), events


def test_a_raid_the_air_defences_met_is_israels_when_the_articles_raiders_are():
    rows = [("دمشق", "point", "Damascus", "C1001", -1), ("مطار حلب", "point", "Aleppo", "", -1)]
    text = ("نفذ العدو الإسرائيلي اليوم عدواناً جوياً استهدف محيط دمشق.\n"
            "وفي السابع من الشهر الجاري، تصدّت الدفاعات الجوية السورية لعدوان جوي من اتجاه البحر، استهدف مطار حلب.")
    events = _events(text, _places(text, rows))
    assert [e.actor1 for e in events] == ["Israeli forces", "Israeli forces"], events


def test_an_undated_opening_raid_round_a_city_joins_the_dated_one():
    rows = [("جنوبي دمشق", "area", "Damascus", "", -1), ("دمشق", "point", "Damascus", "C1001", 1)]
    text = ("الدفاعات الجوية تتصدى لعدوان إسرائيلي.\n"
            "أفاد مصدر عسكري أنّ الاحتلال الإسرائيلي شنّ عدواناً على بعض النقاط في جنوبي دمشق.\n"
            "وأوضح المصدر أنّ الصواريخ الإسرائيلية استهدفت مساء اليوم مواقع في محيط دمشق.")
    found = _run(text, rows)
    assert found == [("Explosions/Remote violence", ("دمشق", "point"))], found


def test_in_addition_to_that_goes_on_with_the_storys_day():
    rows = [("الشدادي", "point", "Al-Hasakah", "", -1), ("حقل العمر", "point", "Deir ez-Zor", "", -1)]
    text = ("أعلنت المقاومة الإسلامية في العراق أمس أنها استهدفت قاعدة الشدادي بطائرة مسيرة.\n"
            "إضافة إلى ذلك، ذكرت المقاومة الإسلامية في العراق أنها استهدفت قاعدة حقل العمر بضربات صاروخية.")
    events = _events(text, _places(text, rows))
    assert [e.date for e in events] == ["2024-03-12", "2024-03-12"], events


def test_army_posts_in_a_countryside_and_villages_struck_after_are_two_dyads():
    """``قصفت قسد مواقع للجيش السوري في ريف دير الزور الشرقي`` then ``كما استهدفت قرى صبيخان
    وموحسن``: the countryside event struck the army, the villages their people; it stays."""
    from rasid.pipeline import analyze
    text = ("قصف مسلحو قسد، فجر اليوم، مواقع ونقاط تابعة للجيش السوري في ريف دير الزور الشرقي بقذائف الهاون.\n"
            "كما استهدف مسلحو قسد قرى وبلدات صبيخان وموحسن بقذائف الهاون.")
    res = analyze(text, published="2024-08-12")
    names = {p.id: p.name_ar for p in res.places}
    got = {(names[e.place], e.actor2) for e in res.events}
    assert ("ريف دير الزور الشرقي", "Syrian government forces") in got
    assert ("صبيخان", "Civilians") in got


def test_a_countryside_struck_as_its_towns_are_told_after_is_no_event_of_its_own():
    from rasid.pipeline import analyze
    text = ("قصف مسلحو قسد، فجر اليوم، قرى في ريف دير الزور الشرقي بقذائف الهاون.\n"
            "واستهدف مسلحو قسد قرى وبلدات صبيخان وموحسن بقذائف الهاون.")
    res = analyze(text, published="2024-08-12")
    names = {p.id: p.name_ar for p in res.places}
    assert "ريف دير الزور الشرقي" not in {names[e.place] for e in res.events}


def test_a_town_told_in_the_lead_joins_the_quarter_the_body_places_inside_it():
    text = ("مصدر في الشرطة يفيد بمقتل شخص في انفجار عبوة ناسفة بسيارته في المزة.\n"
            "أكد مصدر في الشرطة مقتل شخص بانفجار عبوة ناسفة بسيارته في حي النخيل بمنطقة المزة اليوم السبت.")
    town = Place(id="p1", name="Mezzeh", name_ar="المزة", lat=33.5, lon=36.25, admin1="Damascus",
                 spans=[(m.start(), m.end()) for m in re.finditer("المزة", text)], kind="point",
                 gazetteer_id="area:9")
    start = text.find("حي النخيل")
    quarter = Place(id="p2", name=None, name_ar="حي النخيل", lat=33.5, lon=36.25, admin1="Damascus",
                    spans=[(start, start + len("حي النخيل"))], kind="point", gazetteer_id="area:9")
    found = [(e.event_type, e.place) for e in _events(text, [town, quarter])]
    assert found == [("Explosions/Remote violence", "p2")], found


def test_a_town_and_a_landmark_in_it_are_one_event_at_the_landmark():
    """"سجن الثانوية الصناعية في حي غويران" lies in al-Hasakah city: the city's arrests of the
    day and the prison's are one event, at the finer place; another day's stays apart."""
    from rasid import analyze
    r = analyze("نفذت قسد اليوم حملة اعتقالات في مدينة الحسكة، وسط أنباء عن عصيان في سجن الثانوية "
                "الصناعية في حي غويران. واعتقلت قسد عشرة أشخاص في الحسكة.", id="t", published=PUB)
    names = {p.id: p.name_ar for p in r.places}
    arrests = [names.get(e.place) for e in r.events if e.sub_event_type == "Arrests"]
    assert arrests == ["سجن الثانوية الصناعية"]
    r = analyze("انفجرت عبوة ناسفة اليوم في منطقة السيدة زينب. وقبل يومين، انفجرت عبوة ناسفة عند دوار "
                "الروضة في منطقة السيدة زينب.", id="t", published=PUB)
    names = {p.id: p.name_ar for p in r.places}
    assert sorted(names.get(e.place) for e in r.events) == ["السيدة زينب", "دوار الروضة"]  # two days


def test_a_quarter_of_another_city_is_not_part_of_the_town_struck_with_it():
    text = "شنت طائرات أميركية غارات اليوم على منطقة الصالحية في البوكمال وحي القصور في دير الزور."
    found = _run(text, [("الصالحية", "point", "Deir ez-Zor", "C5001", -1), ("البوكمال", "point", "Deir ez-Zor", "C5002", -1),
                        ("القصور", "point", "Deir ez-Zor", "N0419", -1), ("دير الزور", "area", "Deir ez-Zor", "SY09", -1)])
    assert sorted(p for t, (p, k) in found) == ["الصالحية", "القصور"], found
