"""Events on corpus-style (Al Mayadeen) reports: fighting that broke out told after another
event in its sentence, shelling that coincided with an attack elsewhere or was the clash's own
exchange of fire, a raid launched from over the Golan, a rumoured withdrawal. Texts are written
for the tests."""
from test_events import run

EXTRA = {"ذيبان": ("point", "Deir ez-Zor"), "بقرص": ("point", "Deir ez-Zor"), "جلبل": ("point", "Aleppo"),
         "الجولان": ("area", "Quneitra")}


def test_fighting_that_broke_out_after_a_shelling_in_its_sentence_is_an_event():
    found, events = run("قُتل شخص بقصف على مدينة الميادين اليوم.\n"
                        "وأوضحت المصادر أنّ القصف مصدره مسلحو قسد، إذ تجددت الاشتباكات بين مقاتلي "
                        "العشائر و\"قسد\" بالأسلحة الخفيفة، وذلك بالقرب من بلدة ذيبان.", extra=EXTRA)
    assert ("Battles", "Armed clash", "ذيبان") in {(t, s, p) for t, s, p, d in found}, found
    clash = next(e for e in events if e.event_type == "Battles")
    assert {clash.actor1, clash.actor2} == {"Arab Tribal Forces", "Syrian Democratic Forces"}, clash


def test_an_aside_about_the_fighting_still_adds_no_event():
    found, _ = run("خرج المئات في مظاهرة في مدينة إدلب اليوم، رافعين صور مقاتلين قتلوا في المعارك.", extra=EXTRA)
    assert [(t, p) for t, s, p, d in found] == [("Protests", "إدلب")], found


def test_shelling_that_coincided_with_an_attack_elsewhere_is_not_at_its_places():
    found, _ = run("قصفت قسد قرية بقرص بقذائف الهاون اليوم.\n"
                   "وتزامن القصف مع هجوم لقوات العشائر على مقار قسد في بلدة ذيبان.", extra=EXTRA)
    assert {(s, p) for t, s, p, d in found} == {("Shelling/artillery/missile attack", "بقرص"),
                                                ("Armed clash", "ذيبان")}, found


def test_mutual_shelling_with_a_clash_is_the_clash():
    found, _ = run("اندلعت اشتباكات عنيفة بين الجيش الوطني وقسد في قرية جلبل اليوم بالتزامن مع قصف مدفعي متبادل.", extra=EXTRA)
    assert [(t, s, p) for t, s, p, d in found] == [("Battles", "Armed clash", "جلبل")], found
    found, _ = run("قصفت المدفعية التركية قرية جلبل بقذائف الهاون اليوم.", extra=EXTRA)  # a shelling of its own stays
    assert [(t, p) for t, s, p, d in found] == [("Explosions/Remote violence", "جلبل")], found


def test_a_raid_launched_from_over_the_golan_is_not_at_the_golan():
    found, _ = run("قال مراسلنا إن العدوان الإسرائيلي ليل أمس على محيط دمشق جاء من فوق الجولان المحتل "
                   "بأربعة صواريخ استهدفت مواقع عسكرية.", extra=EXTRA)
    assert [p for t, s, p, d in found] == ["محيط دمشق"], found


def test_a_rumoured_withdrawal_is_no_event():
    found, _ = run("وأكدت المصادر أن نقل الجنود غير مرتبط بما يشاع عن انسحاب أميركي من قاعدة الشدادي اليوم.", extra=EXTRA)
    assert found == [], found


def test_a_toll_with_no_place_of_its_own_in_a_story_on_a_border_is_not_syrias():
    text = ("مقتل ثلاثة جنود أميركيين بهجوم بطائرة مسيرة استهدف موقعاً أميركياً عند الحدود السورية الأردنية.\n"
            "وقال مسؤول أميركي إن عدد الجرحى في الهجوم ارتفع إلى 34 جريحاً.\n"
            "ويقع الموقع على بعد كيلومترات من قاعدة التنف.")
    _, events = run(text, extra={"التنف": ("point", "Homs")})
    assert [f.count for e in events for f in e.fatalities] == [], events
    _, events = run(text.replace("عند الحدود السورية الأردنية", "في ريف حمص"), extra={"التنف": ("point", "Homs")})
    assert 34 in [f.count for e in events for f in e.fatalities], events  # (a story in Syria keeps it)


def test_an_aircraft_flying_over_is_not_the_means_of_the_attack():
    text = ("أكدت مصادر ميدانية أن فصائل المقاومة استهدفت موقعاً في البوكمال بصليات صاروخية فجر اليوم.\n"
            "وأضافت أن الطيران المروحي الأميركي حلّق في أجواء المنطقة بعد الاستهداف.")
    found, _ = run(text)
    assert [(s, p) for t, s, p, d in found] == [("Shelling/artillery/missile attack", "البوكمال")], found
    found, _ = run(text.replace("حلّق في أجواء المنطقة بعد الاستهداف", "قصف الموقع بعد الاستهداف"))
    assert [(s, p) for t, s, p, d in found] == [("Air/drone strike", "البوكمال")], found  # (one that struck)


def test_an_attack_on_a_coalition_base_with_no_weapon_named_is_struck_from_afar():
    extra = {"التنف": ("point", "Homs")}
    found, events = run("هاجمت المقاومة الإسلامية في العراق قاعدة التنف فجر اليوم.", extra=extra)
    assert [(t, s, p) for t, s, p, d in found] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "التنف")], found
    assert events[0].actor2 == "US-led coalition"
    found, _ = run("هاجمت فصائل المعارضة بلدة كفرنبل فجر اليوم.")  # (a town is fought over on the ground)
    assert [(t, p) for t, s, p, d in found] == [("Battles", "كفرنبل")], found
