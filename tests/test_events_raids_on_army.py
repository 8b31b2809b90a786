"""A raid from abroad (Israeli) on Syrian military sites, no force named: its target and the
soldiers it hurt are the Syrian army's; missiles downed elsewhere that day are the raid's. Texts are
written for the tests."""
from rasid.extract.events import find_events
from rasid.model import DocMeta
from rasid.text.prepare import prepare

from event_fixtures import places_in

PUB = "2024-08-08"


_places = places_in


_ROWS = [("ريف حماة", "area", "Hama", "A1")]


def _events(text: str):
    places = _places(text, _ROWS)
    doc = prepare(text, DocMeta(id="t", published=PUB))
    return find_events(doc, places, [])


def test_military_sites_struck_by_an_israeli_raid_are_the_armys():
    found = _events("شنّ الاحتلال الإسرائيلي، مساء الخميس، عدواناً جوياً استهدف عدداً من النقاط العسكرية في ريف حماة.")
    assert found and found[0].actor1 == "Israeli forces" and found[0].actor2 == "Syrian government forces", found


def test_an_israeli_raid_on_a_place_alone_names_no_target():
    found = _events("شنّ الاحتلال الإسرائيلي، مساء الخميس، عدواناً جوياً استهدف بعض المناطق في ريف حماة.")
    assert found and found[0].actor2 is None, found


def test_soldiers_an_israeli_raid_hurt_are_the_armys():
    found = _events("شنّ الاحتلال الإسرائيلي، مساء الخميس، عدواناً جوياً على ريف حماة، وأضاف المصدر أنّ "
                    "العدوان الإسرائيلي أدى إلى إصابة 4 عسكريين بجروح.")
    figs = [f for e in found for f in e.fatalities]
    assert figs and figs[0].count == 4 and figs[0].victims == "Syrian government forces", figs


_TWO = [("ريف حماة", "area", "Hama", "A1"), ("قطنا", "point", "Rif Dimashq", "T1")]


def test_missiles_downed_elsewhere_are_the_days_one_raiders():
    text = ("نفذ العدو الإسرائيلي، اليوم الاثنين، عدواناً جوياً على مواقع في ريف حماة.\n"
            "وجرى إسقاط صاروخين في محيط قطنا، اليوم الاثنين.")
    places = _places(text, _TWO)
    names = {p.id: p.name_ar for p in places}
    found = find_events(prepare(text, DocMeta(id="t", published=PUB)), places, [])
    met = [(e.actor1, e.actor2) for e in found if e.sub_event_type == "Disrupted weapons use" and names[e.place] == "قطنا"]
    assert met == [("Syrian government forces", "Israeli forces")], found


def test_a_raid_from_abroad_that_killed_a_forces_men_targets_that_force():
    """Its civilian dead beside them do not make the raid one on civilians (ACLED)."""
    text = "استهدف عدوان إسرائيلي اليوم مبنى في ريف حماة، ما أدى إلى استشهاد 4 مستشارين إيرانيين و3 مدنيين."
    found = _events(text)
    assert [(e.actor1, e.actor2) for e in found] == [("Israeli forces", "Islamic Revolutionary Guard Corps")], found


def test_a_raid_from_abroad_whose_dead_are_told_apart_targets_their_force():
    text = ("نعى حرس الثورة المستشار العسكري العميد رضي موسوي، الذي استُشهد في إثر غارة، اليوم الاثنين.\n"
            "ونفّذ الاحتلال الإسرائيلي عدواناً جديداً، ظهر اليوم الاثنين، استهدف محيط ريف حماة.")
    found = _events(text)
    assert [(e.actor1, e.actor2) for e in found] == [("Israeli forces", "Islamic Revolutionary Guard Corps")], found
