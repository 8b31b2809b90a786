"""Events missed on corpus-style (Al Mayadeen) text: cues the story tells in its own clause
though a word of another clause stands before them. Texts are written for the tests."""
from rasid.extract.events import find_events
from rasid.model import DocMeta, Place
from rasid.text.prepare import prepare

PUB = "2024-03-13"


def _run(text: str, names: list[tuple[str, str, str]]) -> list[tuple[str, str | None]]:
    """Events as (type, place name) with each (name, kind, admin1) found as a place."""
    places = []
    for k, (name, kind, admin1) in enumerate(names, 1):
        i = text.find(name)
        places.append(Place(id=f"p{k}", name=None, name_ar=name, lat=None, lon=None, admin1=admin1,
                            spans=[(i, i + len(name))], kind=kind, gazetteer_id=f"g{k}"))
    by_id = {p.id: p.name_ar for p in places}
    doc = prepare(text, DocMeta(id="t", published=PUB))
    return [(e.event_type, by_id.get(e.place)) for e in find_events(doc, places, [])]


def test_a_bulletin_item_with_its_own_subject_is_out_of_the_denied_claims_before_it():
    text = ("الجيش ينشر صوراً تكذب ادعاءات الاحتلال، والمقاومة تستهدف مواقع إسرائيلية في ريف القنيطرة "
            "برشقة صاروخية.")
    found = _run(text, [("ريف القنيطرة", "area", "Quneitra")])
    assert found == [("Explosions/Remote violence", "ريف القنيطرة")], found


def test_claims_denied_still_govern_their_own_clause():
    text = "نفى الجيش ادعاءات المعارضة أنه يستهدف مواقع في ريف القنيطرة بالمدفعية."
    assert _run(text, [("ريف القنيطرة", "area", "Quneitra")]) == []


def _actors(text: str, names: list[tuple[str, str, str]]) -> list[tuple[str, str | None, str | None]]:
    """Events as (sub-type, actor1, actor2)."""
    places = []
    for k, (name, kind, admin1) in enumerate(names, 1):
        i = text.find(name)
        places.append(Place(id=f"p{k}", name=None, name_ar=name, lat=None, lon=None, admin1=admin1,
                            spans=[(i, i + len(name))], kind=kind, gazetteer_id=f"g{k}"))
    doc = prepare(text, DocMeta(id="t", published=PUB))
    return [(e.sub_event_type, e.actor1, e.actor2) for e in find_events(doc, places, [])]


def test_missiles_repelled_with_no_strike_word_of_their_own_are_the_strike():
    text = ("وفي العاشر من الشهر الجاري، تصدّت وسائط الدفاع الجوي السوري لصواريخ إسرائيلية اعتدت على البلاد، "
            "مستهدفةً نقاطاً في ريف القنيطرة، وأسقطت بعضها.")
    found = _actors(text, [("ريف القنيطرة", "area", "Quneitra")])
    assert found == [("Air/drone strike", "Israeli forces", None)], found


def test_missiles_repelled_then_told_striking_are_one_strike():
    text = ("تصدّت الدفاعات الجوية السورية لصواريخ إسرائيلية فجر اليوم، واستهدفت الصواريخ مواقع في ريف القنيطرة.")
    found = _actors(text, [("ريف القنيطرة", "area", "Quneitra")])
    assert len(found) == 1, found  # the repelling adds no second event beside the strike's own cue


def test_the_plain_verb_of_attacking_is_a_ground_attack():
    text = "وقالت مصادر ميدانية إن المسلحين هجموا اليوم على بلدة كفرنبل، وتصدى لهم الجيش."
    found = _run(text, [("كفرنبل", "point", "Idlib")])
    assert found == [("Battles", "كفرنبل")], found


def test_also_after_a_story_told_abroad_goes_on_with_its_day():
    """``وأمس، أعلنت المقاومة أنّ مجاهديها استهدفوا قواعد في العراق وسوريا … / كما استُهدفت قاعدتا تل
    بيدر والتنف``: the كما sentence is the same story, on its day; without كما, another paragraph
    after a story told only abroad (in Iraq, not Iraq and Syria) takes no day from it."""
    from rasid.pipeline import analyze
    first = ("وأمس، أعلنت المقاومة الإسلامية في العراق أنّ مجاهديها استهدفوا 4 قواعد للاحتلال الأميركي في العراق "
             "وسوريا، إذ استهدفت 3 هجمات قاعدة عين الأسد غربي العراق.\n")
    res = analyze(first + "كما استُهدفت قاعدتا تل بيدر شمال سوريا والتنف جنوبها.", published="2023-11-07")
    assert {e.date for e in res.events} == {"2023-11-06"}
    abroad = first.replace("في العراق وسوريا،", "في العراق،")
    other = analyze(abroad + "واستُهدفت قاعدتا تل بيدر شمال سوريا والتنف جنوبها.", published="2023-11-07")
    assert {e.date for e in other.events} == {None}
