"""Events on seed-like (opposition-outlet) reports: interceptions, road blocks, takeovers after
battles, history told with a past month. Texts are written for the tests."""
from test_events import PUB, run


def test_interception_of_a_strike_that_still_hit_is_the_strike_alone():
    found, _ = run("استهدفت غارات إسرائيلية مواقع قرب السيدة زينب فجر أمس، وقالت وكالة سانا إن الدفاعات "
                   "الجوية تصدت للصواريخ وأسقطت بعضها.")
    assert [(t, s, p) for t, s, p, d in found] == [("Explosions/Remote violence", "Air/drone strike", "السيدة زينب")], found


def test_interception_headlined_before_the_strike_that_still_hit_is_the_strike_alone():
    """The headline tells the interception first, the strike after it: ``أسقطت بعضها`` still
    means the strike hit, whatever order the text tells them in."""
    found, _ = run("تصدت الدفاعات الجوية لعدوان إسرائيلي في سماء السيدة زينب.\nوقال مصدر عسكري إنّ العدو "
                   "نفّذ عدواناً جوياً فجر أمس مستهدفاً بعض النقاط في السيدة زينب، وتصدت وسائط الدفاع الجوي "
                   "لصواريخ العدوان وأسقطت بعضها.")
    assert [(t, s, p) for t, s, p, d in found] == [("Explosions/Remote violence", "Air/drone strike", "السيدة زينب")], found


def test_drones_that_never_reached_their_targets_are_the_interception_alone():
    """``تتصدى لاعتداءات بالطيران المسيّر … ومنعتها من الوصول إلى أهدافها``: the attack was wholly
    foiled, so only its interception is an event; an attack that struck stays beside it."""
    found, _ = run("قال مصدر عسكري إنّ وحدات الجيش تتصدى لاعتداءات بالطيران المسيّر شنّتها الفصائل اليوم على "
                   "كفرنبل، وأسقطت 6 مسيّرات ومنعتها من الوصول إلى أهدافها.")
    assert [(t, s, p) for t, s, p, d in found] == [("Strategic developments", "Disrupted weapons use", "كفرنبل")], found
    found, _ = run("قال مصدر عسكري إنّ وحدات الجيش تتصدى لاعتداءات بالطيران المسيّر شنّتها الفصائل اليوم على "
                   "كفرنبل، وأسقطت 6 مسيّرات.")
    assert ("Explosions/Remote violence", "Air/drone strike", "كفرنبل") in {(t, s, p) for t, s, p, d in found}, found


def test_stones_that_close_roads_keep_the_protest_peaceful():
    found, _ = run("خرجت وقفات احتجاجية في بصرى الشام أمس، وأغلق المحتجون الطرق بالحجارة والإطارات لساعات.")
    assert [(t, s) for t, s, p, d in found] == [("Protests", "Peaceful protest")], found
    found, _ = run("خرجت مظاهرة في بصرى الشام أمس، ورشق المتظاهرون آليات الجيش بالحجارة.")
    assert [(t, s) for t, s, p, d in found] == [("Riots", "Violent demonstration")], found


def test_takeover_told_in_a_past_month_named_aab_is_history():
    found, _ = run("وكانت قوات النظام قد سيطرت في آب الماضي على بلدة كفرنبل بعد حملة عسكرية.")
    assert found == [], found
    from rasid.extract.dates import find_dates
    assert find_dates("قال أب الضحية إن ابنه قتل", PUB) == []  # bare آب is still "father"


def test_a_full_or_foiled_interception_stays_beside_the_strike():
    found, _ = run("استهدفت غارات إسرائيلية مواقع قرب السيدة زينب فجر أمس، وتصدت الدفاعات الجوية للصواريخ وأسقطت الصواريخ كلها.")
    assert ("Strategic developments", "Disrupted weapons use") in {(t, s) for t, s, p, d in found}, found


def test_battles_told_as_the_road_to_a_takeover_are_the_takeover():
    found, events = run("سيطرت قوات النظام، اليوم، على بلدة كفرنبل، بعد معارك مع فصائل المعارضة بدأت فجر الأحد.")
    assert [(t, s, p) for t, s, p, d in found] == [("Battles", "Government regains territory", "كفرنبل")], found
    assert (events[0].actor1, events[0].actor2) == ("Syrian government forces", "Syrian opposition factions")


def test_a_body_found_killed_is_an_attack_by_unknown_hands():
    found, events = run("عُثر صباح اليوم على جثة رجل مقتولاً بالرصاص قرب بلدة بصرى الشام، ولم تُعرف هوية الفاعلين.")
    assert [(t, s, p) for t, s, p, d in found] == [("Violence against civilians", "Attack", "بصرى الشام")], found
    assert events[0].actor2 == "Civilians"


def test_unknown_hands_are_an_unidentified_armed_group():
    _, events = run("اغتال مجهولون، مساء أمس، مختار قرية في بصرى الشام برصاص مسدس كاتم للصوت.")
    assert [e.actor1 for e in events] == ["Unidentified armed group"], events
    _, events = run("قُتل طفل بانفجار لغم أرضي من مخلفات الحرب قرب بصرى الشام أمس.")
    assert [e.actor1 for e in events] == [None], events  # a mine the war left: no one's deed
    _, events = run("استهدفت طائرة مسيّرة مجهولة سيارة قرب الميادين أمس.")
    assert [e.actor1 for e in events] == ["Unidentified military forces"], events


def test_a_group_owning_up_to_a_bombing_told_paragraphs_before_is_its_author():
    _, events = run("قُتل ستة أشخاص بانفجار عبوة ناسفة ظهر أمس قرب السيدة زينب.\n"
                    "وقال المرصد إن الحصيلة ارتفعت إلى سبعة قتلى.\n"
                    "وتبنى تنظيم داعش التفجير في بيان.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Remote explosive/landmine/IED", "Islamic State")], events


def test_the_authors_adjective_before_a_day_set_off_by_commas():
    _, events = run("وشنت طائرات حربية روسية، اليوم الأربعاء، غارات على مدينة سراقب وقريتي كفرنبل وأريحا.")
    assert {e.actor1 for e in events} == {"Russian forces"}, events


def test_a_drone_belonging_to_a_force_is_that_forces_strike():
    _, events = run("شنت طائرات إسرائيلية غارة على دمشق أمس.\n"
                    "وأصيب مدنيان باستهداف طائرة مسيّرة انتحارية تابعة لقوات النظام سيارة قرب سراقب اليوم.")
    assert [(e.actor1, e.actor2) for e in events if e.place == "p2"] == [("Syrian government forces", "Civilians")], events


def test_an_object_after_a_day_set_off_by_commas_holds_the_place():
    found, events = run("استهدفت طائرة مسيّرة، مساء أمس، سيارة عسكرية قرب بلدة سراقب، ما أدى إلى مقتل قيادي وإصابة "
                        "مرافقين اثنين، بينما قصفت القوات التركية، اليوم، قريتي كفرنبل وأريحا.")
    assert sorted((s, p) for t, s, p, d in found) == [
        ("Air/drone strike", "سراقب"), ("Shelling/artillery/missile attack", "أريحا"),
        ("Shelling/artillery/missile attack", "كفرنبل")], found


def test_the_verb_tazahara_is_a_protest():
    found, _ = run("وفي مدينة جرابلس، تظاهر العشرات، ظهر اليوم، أمام مبنى المجلس المحلي احتجاجاً على رفع الأسعار.")
    assert [(t, s, p) for t, s, p, d in found] == [("Protests", "Peaceful protest", "جرابلس")], found


def test_residents_who_oppose_a_plan_fight_no_one():
    """``تصدّى الأهالي لمشروع الاحتلال``: a verb of repelling whose object is a plan, project or
    policy tells opposition, no event; stones against a patrol stay a riot."""
    found, _ = run("تصدّى أهالي بصرى الشام أمس لمشروع الاحتلال إقامة مراوح طاقة في أراضيهم.")
    assert found == [], found
    found, _ = run("تصدّى أهالي بصرى الشام أمس لدورية الاحتلال بالحجارة.")
    assert [(t, p) for t, s, p, d in found] == [("Riots", "بصرى الشام")], found


def test_checkpoints_seized_are_ground_taken_and_a_town_besieged_is_a_siege():
    """``استولوا على حاجز …`` seizes ground as ``سيطروا على`` does; ``حاصر المسلحون بلدتي …`` is
    the past of ``حاصرت``: a siege (Strategic developments, Other) at each town."""
    from rasid import analyze
    r = analyze("هاجم مسلحون من العشائر الليلة الماضية مقار قسد، واستولوا على حاجز بلدة الصور في ريف دير الزور.",
                id="t", published="2024-03-13")
    names = {p.id: p.name_ar for p in r.places}
    assert ("Battles", "Non-state actor overtakes territory", "الصور") in \
        {(e.event_type, e.sub_event_type, names.get(e.place)) for e in r.events}
    r = analyze("كما حاصر مسلحو قسد اليوم بلدة الصور في ريف دير الزور بذريعة البحث عن مطلوبين.", id="t", published="2024-03-13")
    names = {p.id: p.name_ar for p in r.places}
    assert [(e.sub_event_type, names.get(e.place)) for e in r.events] == [("Other", "الصور")]


def test_a_siege_named_by_its_noun_is_at_the_towns_besieged_not_at_the_attack_it_follows():
    """``تواصل قسد حصارها على … في مدينتي الحسكة والقامشلي، بعد … الهجوم … في دير الزور``: the
    siege noun with its besieger is a siege at each town; the attack told as what came before
    it keeps its own place. A siege of a country names no place."""
    from rasid import analyze
    r = analyze("تواصل قوات سوريا الديمقراطية اليوم حصارها على مناطق سيطرة الحكومة، في مدينتي الحسكة والقامشلي، "
                "بعد اتهامها الحكومة بالوقوف وراء الهجوم الذي شنته العشائر عليها في دير الزور.", id="t", published="2024-08-08")
    names = {p.id: p.name_ar for p in r.places}
    sieges = sorted(names.get(e.place) for e in r.events if e.sub_event_type == "Other")
    assert sieges == ["الحسكة", "القامشلي"], sieges
    r = analyze("وتشدد واشنطن الحصار على سوريا منذ سنوات.", id="t", published="2024-08-08")
    assert r.events == []
