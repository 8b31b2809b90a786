"""Events on seed-like (opposition-outlet) reports: shootings, a story's day after the other
side's word, weapons of a contrasting clause, takeovers, accusations. Texts are written for the
tests."""
from test_events import run


def test_fire_opened_on_a_person_is_a_shooting():
    found, events = run("أطلق عناصر الحاجز النار على شاب قرب بلدة بصرى الشام صباح اليوم، ما أدى إلى مقتله.")
    assert [(t, s, p) for t, s, p, d in found] == [("Violence against civilians", "Attack", "بصرى الشام")], found
    assert events[0].actor2 == "Civilians"


def test_the_ceasefire_is_no_shooting():
    assert run("دخل اتفاق وقف إطلاق النار على جبهات إدلب حيز التنفيذ في بلدة كفرنبل اليوم.")[0] == []


def test_aircraft_of_a_contrasting_clause_are_not_the_first_cues_weapon():
    found, _ = run("قتل مدنيون اليوم بقصف لقوات النظام استهدف بلدة سراقب، في حين شنت طائرات حربية روسية غارات "
                   "على بلدة كفرنبل.")
    assert sorted((s, p) for t, s, p, d in found) == [("Air/drone strike", "كفرنبل"),
                                                     ("Shelling/artillery/missile attack", "سراقب")], found


def test_the_other_sides_word_keeps_the_storys_day_for_what_follows():
    found, _ = run("قصفت قوات النظام اليوم بلدة كفرنبل بالمدفعية.\nفي المقابل، نفى مصدر عسكري استهداف المدنيين.\n"
                   "من جهتها، أعلنت فصائل المعارضة أنها استهدفت بالمدفعية مواقع لقوات النظام في بلدة سراقب.")
    assert sorted((p, d) for t, s, p, d in found) == [("سراقب", "2024-03-13"), ("كفرنبل", "2024-03-13")], found


def test_shelling_told_amid_an_attempt_is_not_governed_by_it():
    found, _ = run("شهدت بلدة كفرنبل اليوم اشتباكات بين الفصائل وقوات النظام بعد محاولة الأخيرة اقتحام البلدة، "
                   "وسط قصف بقذائف الهاون طال أحياء كفرنبل.")
    assert ("Shelling/artillery/missile attack", "كفرنبل") in {(s, p) for t, s, p, d in found}, found


def test_ground_taken_is_named_after_the_takeover_verb():
    found, events = run("هاجم مقاتلون محليون اليوم حواجز لقوات النظام في بلدة كفرنبل وسيطروا على حاجز في مدينة سراقب.")
    assert sorted((s, p) for t, s, p, d in found) == [("Armed clash", "كفرنبل"),
                                                     ("Non-state actor overtakes territory", "سراقب")], found
    taken = next(e for e in events if e.sub_event_type == "Non-state actor overtakes territory")
    assert taken.actor1 != "Syrian government forces"  # the checkpoints' owner is not the one who took them



def test_a_dated_lead_over_a_region_whose_towns_the_body_tells_adds_nothing(monkeypatch):
    import test_events
    monkeypatch.setitem(test_events.COORDS, "جبل الزاوية", (35.65, 36.55))
    monkeypatch.setitem(test_events.COORDS, "كفرنبل", (35.61, 36.56))
    text = ("قتل مدنيون أمس بقصف جوي على بلدات جبل الزاوية.\nوقال الدفاع المدني إن غارات للطيران الروسي "
            "استهدفت أمس بلدة كفرنبل.\nوأضاف أن فرقه انتشلت الضحايا.")
    found, _ = run(text, extra={"جبل الزاوية": ("area", "Idlib")})
    assert [p for t, s, p, d in found] == ["كفرنبل"], found


def test_a_strike_from_a_craft_named_by_nationality_is_that_nations():
    found, events = run("قتل عنصران من قوات سوريا الديمقراطية اليوم بضربة من طائرة مسيّرة تركية استهدفت سيارتهم قرب "
                        "القامشلي، بحسب ما أعلنه المركز الإعلامي لقسد.")
    assert [(s, p) for t, s, p, d in found] == [("Air/drone strike", "القامشلي")], found
    assert (events[0].actor1, events[0].actor2) == ("Turkish forces", "Syrian Democratic Forces")


def test_a_ministrys_own_aircraft_fly_its_strikes():
    found, _ = run("أعلنت وزارة الدفاع الروسية اليوم أن طائراتها نفذت ضربات على مواقع المسلحين في ريف إدلب.")
    assert [(s, p) for t, s, p, d in found] == [("Air/drone strike", "ريف إدلب")], found


def test_the_accused_not_the_accuser_is_the_author():
    found, events = run("في حين اتهمت قسد الجيش التركي اليوم بقصف الأحياء السكنية في القامشلي.")
    assert [(s, p) for t, s, p, d in found] == [("Shelling/artillery/missile attack", "القامشلي")], found
    assert events[0].actor1 == "Turkish forces"


def test_operations_of_a_kind_without_a_day_are_a_pattern():
    assert run("وأشار التقرير إلى أن معظم ضحايا درعا قضوا في عمليات اغتيال بالرصاص المباشر.")[0] == []
    found, _ = run("نفذت قوات النظام اليوم عمليات دهم واعتقال في بلدة بصرى الشام.")
    assert found, found  # its day told: the raids are news


def test_an_attack_whose_first_telling_counts_civilians_is_on_civilians():
    text = ("قتل عدد من رعاة الأغنام أمس بهجوم نفذته خلية لتنظيم داعش على تجمع لهم قرب بلدة بصرى الشام.\n"
            "وأحصى المرصد مقتل 9 أشخاص، بينهم عنصران من الدفاع الوطني كانا يرافقان الرعاة.")
    found, events = run(text)
    assert [(t, s, p) for t, s, p, d in found] == [("Violence against civilians", "Attack", "بصرى الشام")], found
    assert events[0].actor2 == "Civilians"


def test_warplanes_named_by_nationality_fly_the_raid():
    found, events = run("شنت مقاتلات أمريكية، فجر اليوم، غارات جوية استهدفت مواقع في مدينة البوكمال وبلدة الميادين.")
    assert sorted(p for t, s, p, d in found) == ["البوكمال", "الميادين"], found
    assert {e.actor1 for e in events} == {"US-led coalition"}


def test_a_protest_a_force_dispersed_had_an_intervention():
    found, events = run("فرقت دوريات قوات النظام صباح اليوم وقفة احتجاجية في بلدة بصرى الشام بإطلاق الرصاص في الهواء.")
    assert [(t, s, p) for t, s, p, d in found] == [("Protests", "Protest with intervention", "بصرى الشام")], found
    assert events[0].actor2 == "Syrian government forces"


def test_the_weapon_of_an_attack_named_again_is_its_own():
    text = ("تبنّت المقاومة الإسلامية في العراق اليوم استهداف قاعدة الشدادي عبر طائرات مسيّرة.\n"
            "وفي وقت سابق اليوم، تبنّت المقاومة الإسلامية في العراق استهداف قاعدة التنف الأميركية وقواعد "
            "أميركية في محيط مخيم الركبان، معلنةً أنّ الاستهداف تمّ بواسطة طائرتين مسيّرتين أصابتا أهدافهما.")
    found, _ = run(text, extra={"التنف": ("point", "Homs"), "مخيم الركبان": ("point", "Homs")})
    assert {p: s for t, s, p, d in found}.get("التنف") == "Air/drone strike", found


def test_a_listed_place_with_its_own_drone_is_a_drone_strike():
    """``استهدف مسلحو قسد قرى صبيخان والبوليل، بقذائف الهاون، وبلدة بقرص بطائرة "درون" مسلحة``: the
    towns before the shells were shelled, the one with its own drone (درون, the English loan) was
    struck by it."""
    from rasid.pipeline import analyze
    res = analyze('كما استهدف مسلحو "قسد" قرى وبلدات صبيخان والبوليل، بقذائف الهاون والمدفعية، '
                  'وبلدة بقرص بطائرة "درون" مسلحة.', published="2024-08-12")
    names = {p.id: p.name_ar for p in res.places}
    assert {names[e.place]: e.sub_event_type for e in res.events} == {
        "صبيخان": "Shelling/artillery/missile attack", "البوليل": "Shelling/artillery/missile attack",
        "بقرص": "Air/drone strike"}


def test_an_attack_on_a_civilian_group_is_violence_against_civilians():
    found, _ = run("شنّ مسلحو تنظيم داعش اليوم هجوماً على الرعاة قرب مدينة الميادين.")
    assert [(t, s, p) for t, s, p, d in found] == [("Violence against civilians", "Attack", "الميادين")], found
    found, _ = run("وشهدت الميادين اليوم هجمات من قبل مسلحي التنظيم، على جامعي الكمأة.")
    assert {t for t, s, p, d in found} == {"Violence against civilians"}, found


def test_an_attack_on_soldiers_stays_a_clash():
    found, _ = run("شنّ مسلحو تنظيم داعش اليوم هجوماً على مواقع الجيش السوري قرب مدينة الميادين.")
    assert [(t, s) for t, s, p, d in found] == [("Battles", "Armed clash")], found


def test_an_attack_told_with_its_shelling_as_means_is_one_strike():
    found, events = run("هاجمت قوات النظام اليوم مواقع في الميادين بقذائف الهاون.")
    assert [(t, s, p) for t, s, p, d in found] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "الميادين")], found
    assert events[0].actor1 == "Syrian government forces"
    found, _ = run("وقالت المصادر إن قوات النظام هاجمت موقعاً في الميادين بواسطة قصف مدفعي اليوم.")
    assert {t for t, s, p, d in found} == {"Explosions/Remote violence"}, found


def test_an_attack_and_a_shelling_told_apart_stay_two_events():
    found, _ = run("هاجمت قوات النظام اليوم مواقع في الميادين، وقصفت بقذائف الهاون بلدة البوكمال.")
    assert sorted((t, p) for t, s, p, d in found) == [("Battles", "الميادين"), ("Explosions/Remote violence", "البوكمال")], found


def test_an_attack_on_villages_a_force_holds_stays_a_clash():
    found, _ = run("شنّ مقاتلو العشائر اليوم هجوماً على قرى وبلدات تسيطر عليها قسد قرب مدينة الميادين.")
    assert [(t, s) for t, s, p, d in found] == [("Battles", "Armed clash")], found


def test_the_shelling_that_names_again_an_air_attack_of_its_sentence_is_that_air_attack():
    found, _ = run("وأفادت مصادر محلية باستهداف الطيران التركي اليوم مواقع لقسد في ريف القامشلي، وأنّ القصف "
                   "طاول مقراً في بلدة سراقب.")
    assert [(s, p) for t, s, p, d in found if p == "سراقب"] == [("Air/drone strike", "سراقب")], found
    # an indefinite shelling after the raid, in the same sentence, is another attack with its own means
    found, _ = run("شنّ الطيران الروسي اليوم غارات على بلدة كفرنبل، وقصف بلدة سراقب.")
    assert ("Shelling/artillery/missile attack", "سراقب") in [(s, p) for t, s, p, d in found], found


def test_rockets_launched_at_a_place_are_a_missile_attack_and_a_release_is_none():
    """``أطلقت القوات 3 صواريخ باتجاه …``: launching, like a falling, is an attack with the rockets
    or shells right after the verb; ``أطلقت سراح`` (released) and ``أطلقت حملة`` (launched) are none."""
    from rasid import analyze
    r = analyze("قالت مصادر محلية إن القوات الأميركية أطلقت 4 صواريخ باتجاه بلدة الصور في ريف دير الزور اليوم.",
                id="t", published="2024-03-13")
    names = {p.id: p.name_ar for p in r.places}
    assert [(e.event_type, names.get(e.place)) for e in r.events] == [("Explosions/Remote violence", "الصور")]
    for text in ("أطلقت قسد اليوم سراح 20 موقوفاً من سجن في مدينة الحسكة.",
                 "أطلقت مديرية الزراعة اليوم حملة لمكافحة الحرائق في ريف حمص."):
        assert analyze(text, id="t", published="2024-03-13").events == []


def test_a_headlines_present_protest_verb_is_a_protest():
    from rasid import analyze
    r = analyze("أهالي مدينة السويداء يتظاهرون اليوم احتجاجاً على تردي الأوضاع المعيشية.", id="t", published="2024-03-13")
    assert [e.event_type for e in r.events] == ["Protests"]
