"""Event arguments (session 16): who "the gunmen" are, and the like. Texts are written for the tests."""
import pytest

from rasid.extract.dates import find_dates
from rasid.extract.events import find_events
from rasid.model import DocMeta
from rasid.text.prepare import prepare

from event_fixtures import places_in

PUB = "2023-08-26"
_ROWS = [("كفرنبل", "point", "Idlib", "T1"), ("البارة", "point", "Idlib", "T2")]


def _events(text: str, rows=_ROWS, published: str = PUB):
    places = places_in(text, rows)
    names = {p.id: p.name_ar for p in places}
    doc = prepare(text, DocMeta(id="t", published=published))
    return [(e.event_type, names.get(e.place), e.actor1, e.actor2) for e in find_events(doc, places, [])]


def test_gunmen_after_the_one_faction_named_are_that_faction():
    text = ("أحبط الجيش السوري اليوم هجوماً شنّه مسلحو \"حراس الدين\" على نقاطه قرب كفرنبل.\n"
            "وأضاف المصدر أنّ المسلحين هاجموا أيضاً بلدة البارة بالأسلحة الرشاشة.\n"
            "وتستمر الاشتباكات في المنطقة.")
    found = [e for e in _events(text) if e[1] == "البارة"]
    assert found and "Hurras al-Din" in found[0][2:], found


def test_gunmen_stay_generic_once_two_factions_were_named():
    text = ("أحبط الجيش السوري اليوم هجوماً شنّه مسلحو \"حراس الدين\" على نقاطه قرب كفرنبل، "
            "بالتزامن مع هجوم لـ\"الحزب الإسلامي التركستاني\".\n"
            "وأضاف المصدر أنّ المسلحين هاجموا أيضاً بلدة البارة بالأسلحة الرشاشة.\n"
            "وتستمر الاشتباكات في المنطقة.")
    found = [e for e in _events(text) if e[1] == "البارة"]
    assert found and "Hurras al-Din" not in found[0][2:] and "Turkistan Islamic Party" not in found[0][2:], found


def test_the_terrorists_of_government_speech_stay_the_factions():
    text = ("أحبط الجيش السوري اليوم هجوماً شنّه مسلحو \"حراس الدين\" على نقاطه قرب كفرنبل.\n"
            "وقالت وزارة الدفاع إنّ الإرهابيين هاجموا أيضاً بلدة البارة بالأسلحة الرشاشة.\n"
            "وتستمر الاشتباكات في المنطقة.")
    found = [e for e in _events(text) if e[1] == "البارة"]
    assert found and "Hurras al-Din" not in found[0][2:], found


_GOLAN = [("عين قنية", "point", "Quneitra", "G1")]


def test_a_day_set_off_by_commas_dates_the_phrase_it_closes():
    text = ("ودّع أهالي عين قنية، أمس الأحد، ضحايا القصف الإسرائيلي على ساحة البلدة، الخميس الماضي، "
            "بصاروخ موجّه.\nوطالب الأهالي بمحاسبة المسؤولين.\nوتتواصل ردود الفعل.")
    found = _events(text, _GOLAN, published="2024-07-29")
    assert found and found[0][1] == "عين قنية", found
    places = places_in(text, _GOLAN)
    doc = prepare(text, DocMeta(id="t", published="2024-07-29"))
    dates = [e.date for e in find_events(doc, places, [])]
    assert dates == ["2024-07-25"], dates


_EAST = [("البوكمال", "point", "Deir ez-Zor", "E1"), ("الميادين", "point", "Deir ez-Zor", "E2")]


def _days_east(text: str) -> dict:
    """Each event's day by its place's name, the article published 2024-03-26."""
    places = places_in(text, _EAST)
    names = {p.id: p.name_ar for p in places}
    doc = prepare(text, DocMeta(id="t", published="2024-03-26"))
    return {names.get(e.place): e.date for e in find_events(doc, places, [])}


def test_for_its_part_after_an_aside_the_story_keeps_its_day():
    text = ("قتلى في قصف أميركي شرقي سوريا.\n"
            "أكد مصدر عسكري أنّ العدوان الذي شنّته الطائرات الأميركية، فجر اليوم الثلاثاء، استهدف مواقع في مدينة البوكمال.\n"
            "وسبق أن نقلت وكالة إيرانية خبر مقتل مستشار إيراني.\n"
            "من جانبه، أكد مراسلنا أنّ العدوان الجوي الأميركي استهدف الأحياء السكنية في الميادين.")
    days = _days_east(text)
    assert days.get("الميادين") == "2024-03-26", days


def test_an_aside_still_drops_the_day_for_a_sentence_that_goes_on_without_for_its_part():
    text = ("قتلى في قصف أميركي شرقي سوريا.\n"
            "أكد مصدر عسكري أنّ العدوان الذي شنّته الطائرات الأميركية، فجر اليوم الثلاثاء، استهدف مواقع في مدينة البوكمال.\n"
            "وسبق أن نقلت وكالة إيرانية خبر مقتل مستشار إيراني.\n"
            "واستهدف عدوان جوي أميركي الأحياء السكنية في الميادين.")
    days = _days_east(text)
    assert "الميادين" in days and days["الميادين"] is None, days


@pytest.mark.parametrize("text", ["قصفت المدفعية، فجر الأمس، مواقع في الريف الشرقي",
                                  "وكان الطيران قد استهدف القرية يوم الأمس",
                                  "وقصفت المسيّرات، مساء الأمس، مقراً للفصائل"])
def test_yesterday_with_the_article_is_yesterday(text):
    found = [d for d in find_dates(text, "2024-08-13") if d.date]
    assert found and found[0].date == "2024-08-12", found


def test_gunmen_after_hayat_tahrir_al_sham_stay_the_camp():
    text = ("أحبط الجيش السوري اليوم هجوماً لهيئة تحرير الشام على نقاطه قرب كفرنبل.\n"
            "وأضاف المصدر أنّ المسلحين هاجموا أيضاً بلدة البارة بالأسلحة الرشاشة.\n"
            "وتستمر الاشتباكات في المنطقة.")
    found = [e for e in _events(text) if e[1] == "البارة"]
    assert found and "Hayat Tahrir al-Sham" not in found[0][2:], found


_NORTH = [("بنش", "point", "Idlib", "N1"), ("الدانا", "point", "Idlib", "N2"), ("سرمدا", "point", "Idlib", "N3"),
          ("كفرنبل", "point", "Idlib", "N4")]


def test_a_light_verb_joined_by_and_takes_the_subject_of_the_first_verb_past_a_long_object():
    text = ("وذكرت مصادر أهلية أنّ أرتالاً لقوات سوريا الديمقراطية اقتحمت بلدات بنش والدانا وسرمدا في ريف إدلب، "
            "إضافة إلى مدينة كفرنبل في الريف الجنوبي، وبدأت بحملة اعتقالات طالت عدداً من المتظاهرين.")
    found = [e for e in _events(text, _NORTH, published="2024-05-20") if e[0] == "Strategic developments"]
    assert found and all(e[2] == "Syrian Democratic Forces" for e in found), found


_EUPHRATES = [("الحسكة", "point", "Al-Hasakah", "H1"), ("ذيبان", "point", "Deir ez-Zor", "H2")]


def test_where_reinforcements_come_from_is_not_where_the_fighting_is():
    text = ("تجددت الاشتباكات اليوم بين قوات العشائر و\"قسد\" في بلدة ذيبان.\n"
            "وتراجعت حدة الاشتباكات بعد استقدام \"قسد\" لتعزيزات عسكرية كبيرة من مدينة الحسكة.\n"
            "وتستمر المواجهات.")
    found = _events(text, _EUPHRATES, published="2024-08-07")
    assert not [e for e in found if e[1] == "الحسكة"], found


def test_the_gunmen_stay_the_faction_they_were_found_to_be_when_another_is_named_beside_them():
    text = ("أحبط الجيش السوري اليوم هجوماً شنّه مسلحو \"حراس الدين\" على نقاطه قرب كفرنبل.\n"
            "وأضاف المصدر أنّ المسلحين هاجموا أيضاً بلدة البارة، بالتزامن مع هجوم آخر لـ\"الحزب الإسلامي التركستاني\".\n"
            "وتراجع المسلحون بعد قصف الجيش السوري خطوط إمدادهم في كفرنبل.\n"
            "وتستمر الاشتباكات في المنطقة.")
    found = [e for e in _events(text) if e[0] == "Explosions/Remote violence"]
    assert found and all("Hurras al-Din" in e[2:] for e in found), found
