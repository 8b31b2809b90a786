"""Session 17, events' authors: texts written for these tests."""
from rasid import analyze


def _events(text):
    r = analyze(text, id="t", published="2024-01-10")
    names = {p.id: p.name_ar for p in r.places}
    return [(e.sub_event_type, names.get(e.place), e.actor1) for e in r.events]


def test_the_author_of_attacks_with_no_weapon_goes_on_to_the_strike_told_next():
    """``شنّ مسلحو داعش هجمات``: a word for attacks, no weapon named, sums up strikes and fights
    alike, so its author goes on to the bombing told next with no author of its own."""
    found = _events("شنّ مسلحو داعش أمس هجمات على مواقع في بادية حمص. وفي السياق، انفجرت عبوة ناسفة "
                    "بسيارة عسكرية قرب تدمر.")
    assert ("Remote explosive/landmine/IED", "تدمر", "Islamic State") in found, found


def test_the_author_of_an_assault_with_its_guns_stays_with_the_fight():
    """``هجوماً بالرشاشات``: a fight told with its weapon; the strike after it is not its author's."""
    found = _events("شنّت قوات العشائر أمس هجوماً بالرشاشات على نقاط قسد في ريف دير الزور. كما استُهدفت "
                    "قاعدة الشدادي في ريف الحسكة بطائرة مسيرة.")
    assert [a for s, p, a in found if p == "الشدادي"] == [None], found
