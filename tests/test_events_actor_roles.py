"""Events on corpus-style (Al Mayadeen) reports: which force a cue's frame makes its author
and which its target, and words that look like cues in another sense. Texts are written for
the tests."""
from rasid.extract.events import find_events
from rasid.model import DocMeta, Place
from rasid.text.prepare import prepare

from event_fixtures import places_in

PUB = "2024-08-08"


_places = places_in


def _events(text: str, rows):
    places = _places(text, rows)
    names = {p.id: p.name_ar for p in places}
    doc = prepare(text, DocMeta(id="t", published=PUB))
    return [(e.event_type, names.get(e.place), e.actor1, e.actor2) for e in find_events(doc, places, [])]


_ROWS = [("الرصافة", "point", "Deir ez-Zor", "T1"), ("الحمرا", "point", "Deir ez-Zor", "T2")]


def test_the_attack_a_force_replies_to_fell_on_it():
    text = ("ردّ الجيش السوري اليوم على قصف مناطق سيطرته في قرية الرصافة، من خلال قصف مواقع "
            "قوات سوريا الديمقراطية في بلدة الحمرا بقذائف المدفعية.")
    found = _events(text, _ROWS)
    answered = [e for e in found if e[1] == "الرصافة"]
    assert answered and answered[0][2] != "Syrian government forces" \
        and answered[0][3] == "Syrian government forces", found
    reply = [e for e in found if e[1] == "الحمرا"]
    assert reply and reply[0][2:] == ("Syrian government forces", "Syrian Democratic Forces"), found


def test_a_force_that_attacks_without_replying_stays_the_author():
    text = "قصف الجيش السوري اليوم مناطق سيطرة قوات سوريا الديمقراطية في قرية الرصافة بقذائف المدفعية."
    found = _events(text, _ROWS)
    assert found and found[0][2] == "Syrian government forces", found


def _subs(text: str, rows, published: str = PUB) -> list[tuple[str | None, str]]:
    places = _places(text, rows)
    names = {p.id: p.name_ar for p in places}
    doc = prepare(text, DocMeta(id="t", published=published))
    return [(names.get(e.place), e.sub_event_type) for e in find_events(doc, places, [])]


def test_shells_in_the_dual_and_guns_with_a_pronoun_are_shelling_even_when_an_aggression_is_named_again():
    rows = [("الحميدية", "point", "Quneitra", "T3")]
    text = ("وقصفت قوات الاحتلال مواقع في الجنوب السوري أمس.\n"
            "ويكرّر العدو الإسرائيلي اعتداءاته على سوريا، حيث استهدفت مدفعيته، الاثنين، بقذيفتين أطراف قرية "
            "الحميدية في ريف القنيطرة، دون أن يؤدي العدوان إلى إصابات.")
    assert _subs(text, rows, "2024-06-27") == [("الحميدية", "Shelling/artillery/missile attack")]


def test_an_aggression_named_again_with_no_weapon_told_keeps_its_own_kind():
    rows = [("المزة", "point", "Damascus", "T4")]
    text = ("قالت الوزارة في بيان أمس.\n"
            "وقالت الخارجية إن الاعتداء الذي قامت به قوات الاحتلال الإسرائيلي وطال حي المزة اليوم، "
            "إنّ هذا العدوان يشكل انتهاكاً فاضحاً.")
    assert _subs(text, rows) == [("المزة", "Air/drone strike")]


def test_an_attack_a_force_guards_against_is_no_event():
    rows = [("البوكمال", "point", "Deir ez-Zor", "T5"), ("الدوير", "point", "Deir ez-Zor", "T6")]
    text = ("قالت مصادر محلية إن طائرة مسيّرة استهدفت اليوم سيارة عسكرية قرب بلدة الدوير، في ريف المحافظة، أثناء "
            "توجهها إلى إحدى النقاط العسكرية المولجة حماية مدينة البوكمال، على الحدود مع العراق، من تسلل عناصر "
            "تنظيم داعش.")
    assert [e[0:2] for e in _events(text, rows)] == [("Explosions/Remote violence", "الدوير")]


def test_the_ypg_name_does_not_block_its_attack():
    rows = [("تل رفعت", "point", "Aleppo", "T7")]
    text = "هاجمت وحدات حماية الشعب الكردية اليوم مواقع الجيش الوطني في محيط تل رفعت."
    assert [e[1] for e in _events(text, rows)] == ["تل رفعت"]


def test_a_past_day_in_a_further_statement_neither_dates_nor_drops_the_cue():
    rows = [("المزارع", "point", "Deir ez-Zor", "T9")]
    text = ("وقالت المصادر إنّ طائرات أميركية استهدفت نقاطاً في منطقة المزارع، مشيرةً إلى أنّ "
            "المنطقة كانت قد تعرضت لغارات أميركية بداية العام.")
    found = _events(text, rows)
    assert [e[:3] for e in found] == [("Explosions/Remote violence", "المزارع", "US-led coalition")], found
    text = "وكانت طائرات أميركية استهدفت بداية العام نقاطاً في منطقة المزارع."
    assert _events(text, rows) == []  # (its own clause's old day: history)


def test_the_force_owning_the_points_struck_is_the_target_not_the_author():
    rows = [("الميادين", "point", "Deir ez-Zor", "T10")]
    text = "غارات أميركية على موقعين في شرق سوريا، ومصدر يؤكد أن غارتين استهدفتا نقاطاً للقوات الرديفة للجيش السوري في الميادين."
    found = _events(text, rows)
    assert found == [("Explosions/Remote violence", "الميادين", "US-led coalition", "Pro-government militias")], found


def test_the_city_a_correspondent_reports_from_hosts_no_event():
    rows = [("حلب", "point", "Aleppo", "T11"), ("حقل كونيكو", "point", "Deir ez-Zor", "T12")]
    text = "أفاد مراسل الميادين في مدينة حلب اليوم باستهداف طائرة مسيّرة القاعدة الأميركية في حقل كونيكو."
    assert [e[1] for e in _events(text, rows)] == ["حقل كونيكو"]


def test_clashes_that_broke_out_during_an_attempt_happened():
    rows = [("مارع", "point", "Aleppo", "T13")]
    text = "وأثناء محاولة اقتحام مقر قيادة الفرقة لاعتقالهم في مدينة مارع أمس، وقعت اشتباكات عنيفة بين الطرفين."
    assert [e[:2] for e in _events(text, rows)] == [("Battles", "مارع")]
    text = "وأكدت الفرقة محاولة اقتحام مقر قيادتها في مدينة مارع أمس، دون اشتباكات."
    assert _events(text, rows) == []


def _typed(text: str, rows) -> list[tuple[str | None, str, str | None]]:
    places = _places(text, rows)
    names = {p.id: p.name_ar for p in places}
    doc = prepare(text, DocMeta(id="t", published=PUB))
    return [(names.get(e.place), e.sub_event_type, e.actor2) for e in find_events(doc, places, [])]


def test_destroying_headquarters_is_an_attack_on_them_not_an_interception():
    rows = [("ريف إدلب", "area", "Idlib", "T14")]
    text = ("أعلنت وزارة الدفاع السورية اليوم تدمير مقرات للمسلحين في ريف إدلب، إضافةً إلى إسقاط طائرات "
            "مسيّرة مزوّدة بالمتفجرات.")
    assert [t[1] for t in _typed(text, rows)] == ["Shelling/artillery/missile attack", "Disrupted weapons use"]
    text = "أعلنت وزارة الدفاع السورية اليوم تدمير طائرة مسيّرة في ريف إدلب."
    assert [t[1] for t in _typed(text, rows)] == ["Disrupted weapons use"]


def test_to_demonstrate_with_a_deed_is_to_pretend_to_it():
    rows = [("الجولان", "area", "Quneitra", "T15")]
    text = "وأكد أنّ أهالي الجولان لن يقعوا في فخ مشروع الاحتلال للتظاهر بحماية الأقليات."
    assert _events(text, rows) == []
    text = "تظاهر العشرات اليوم بالقرب من مبنى البلدية في الجولان رفضاً لمشروع المراوح."
    assert [e[:2] for e in _events(text, rows)] == [("Protests", "الجولان")]


def test_a_bulletin_headline_of_a_campaign_going_on_is_todays_news():
    rows = [("ريف إدلب", "area", "Idlib", "T14")]
    text = ("الجيش السوري يواصل استهداف تجمعات المسلحين في ريف إدلب، ومصادر تؤكد إخلاء مكاتب للهيئة.\n"
            "بدء فرز الأصوات في الانتخابات اليونانية.")
    places = _places(text, rows)
    doc = prepare(text, DocMeta(id="t", published=PUB, title="نشرة الثامنة"))
    assert [(e.event_type, e.actor1) for e in find_events(doc, places, [])] == [
        ("Explosions/Remote violence", "Syrian government forces")]
    doc = prepare(text, DocMeta(id="t", published=PUB, title="الجيش يواصل عملياته"))  # a report: a campaign
    assert find_events(doc, places, []) == []


def test_drones_named_with_a_base_abroad_do_not_arm_the_attack_in_syria():
    rows = [("الشدادي", "point", "Al-Hasakah", "T16")]
    text = ("وأعلنت المقاومة الإسلامية في العراق اليوم استهداف القوات الأميركية في الشدادي بريف الحسكة، وقاعدة "
            "حرير المجاورة لمطار أربيل في كردستان العراق بطائرتين مسيّرتين.")
    assert [t[:2] for t in _typed(text, rows)] == [("الشدادي", "Shelling/artillery/missile attack")]


def test_villages_and_towns_struck_are_civilians_not_where_a_base_stood():
    struck = ("استهدف مسلحو قسد اليوم قرى وبلدات الرصافة والحمرا بقذائف الهاون والمدفعية.")
    found = _events(struck, _ROWS)
    assert found and all(e[2] == "Syrian Democratic Forces" and e[3] == "Civilians" for e in found), found
    where = ("قصف مسلحو قسد اليوم مقرات الجيش السوري في عدة قرى وبلدات في الرصافة بقذائف الهاون.")
    found = _events(where, _ROWS)
    assert found and all(e[3] != "Civilians" for e in found), found


def test_the_force_after_the_lam_of_an_attack_noun_is_its_author():
    text = ("وفرضت قسد حصاراً على الحمرا بعد هجوم عنيف لمقاتلي \"جيش العشائر\" على مقرّاتها في الرصافة.")
    found = [e for e in _events(text, _ROWS) if e[1] == "الرصافة"]
    assert found and found[0][2] == "Arab Tribal Forces" and found[0][3] == "Syrian Democratic Forces", found


def test_the_source_of_a_shelling_told_again_is_its_author_and_a_euphrates_bank_is_home():
    text = ("مقاتلو العشائر يواصلون هجماتهم في ريف دير الزور.\n"
            "أفادت مصادر محلية اليوم بجرح 3 مدنيين من جراء قصف تعرضت له قرية الرصافة.\n"
            "وأوضحت المصادر أنّ القصف مصدره مسلحو قسد على الضفة الشرقية لنهر الفرات.\n"
            "وتشهد المنطقة توتراً منذ أشهر.")
    found = [e for e in _events(text, _ROWS) if e[1] == "الرصافة"]
    assert found and found[0][2] == "Syrian Democratic Forces", found


def test_places_added_after_idafatan_ila_are_more_objects_of_the_cue():
    rows = _ROWS + [("البصيرة", "point", "Deir ez-Zor", "T3")]
    text = ("كما هاجمت قوات العشائر اليوم مقار تابعة لقسد في بلدة الرصافة، إضافةً إلى بلدتي الحمرا "
            "والبصيرة في ريفها الغربي.")
    found = {e[1] for e in _events(text, rows) if e[0] == "Battles"}
    assert found == {"الرصافة", "الحمرا", "البصيرة"}, found
    text = ("هاجمت قوات العشائر اليوم مقار تابعة لقسد في بلدة الرصافة، إضافةً إلى ذلك تشهد الحمرا توتراً.")
    found = {e[1] for e in _events(text, rows) if e[0] == "Battles"}
    assert "الحمرا" not in found, found


def test_a_weapon_after_the_object_does_not_cut_it_off_after_an_aside():
    """``قصف مسلحو قسد، فجر اليوم، مواقع للجيش السوري … بقذائف الهاون``: the shells are what
    the verb struck with, so the army's posts before them are still its target."""
    from rasid.pipeline import analyze
    res = analyze("قصف مسلحو قسد، فجر اليوم، مواقع تابعة للجيش السوري في ريف دير الزور الشرقي بقذائف الهاون.",
                  published="2024-08-12")
    assert [(e.actor1, e.actor2) for e in res.events] == [("Syrian Democratic Forces", "Syrian government forces")]


def test_the_clashes_told_again_take_the_sides_named_before():
    """``وتيرة الاشتباكات بين مقاتلي العشائر وقسد`` … ``أن وتيرة الاشتباكات شهدت انخفاضاً …``: the
    definite noun is that fight again, with both its sides; with no fight named before, no side
    is guessed."""
    from rasid.pipeline import analyze
    later = ("وأكدت مصادر محلية أن وتيرة الاشتباكات شهدت انخفاضاً بعد ظهر الأربعاء، "
             "بعد دخول مقاتلي العشائر إلى أجزاء من بلدة ذيبان.")
    res = analyze("انخفضت وتيرة الاشتباكات بين مقاتلي العشائر وقسد في ريف دير الزور.\n" + later,
                  published="2024-08-08")
    assert [(e.actor1, e.actor2) for e in res.events] == [("Arab Tribal Forces", "Syrian Democratic Forces")]
    alone = analyze(later, published="2024-08-08")
    assert all(e.actor1 is None and e.actor2 is None for e in alone.events)


def test_an_attack_noun_in_construct_with_a_force_is_that_forces_attack():
    """``قسد تستقدم تعزيزات لمواجهة هجوم مقاتلي العشائر``: the attack is the tribes' (هجوم takes its
    object after على, so the force it owns is its author); the force that meets it, its target."""
    from rasid.pipeline import analyze
    res = analyze("قسد تستقدم تعزيزات لمواجهة هجوم مقاتلي العشائر العربية في ريف دير الزور الشرقي.",
                  published="2023-09-28")
    assert [(e.actor1, e.actor2) for e in res.events] == [("Arab Tribal Forces", "Syrian Democratic Forces")]


def test_a_raid_noun_as_the_next_verbs_subject_takes_its_objects_force():
    """``وقالت المصادر إنّ "الغارتين استهدفتا نقاطاً للقوات الرديفة"``: the raids told again are the
    subject of the verb right after them; the force whose points it struck is their target."""
    from rasid.pipeline import analyze
    text = ("يأتي ذلك بعد تنفيذ طائرات أميركية غارتين جويتين استهدفتا منطقة المزارع جنوب شرقي مدينة الميادين.\n"
            'وقالت المصادر إنّ "الغارتين استهدفتا نقاطاً للقوات الرديفة للجيش السوري".')
    res = analyze(text, published="2023-10-27")
    assert [(e.actor1, e.actor2) for e in res.events] == [("US-led coalition", "Pro-government militias")]


def test_places_of_one_report_share_its_civilian_target():
    text = "إصابة ثلاثة مدنيين بعد غارة إسرائيلية استهدفت الرصافة والحمرا."
    found = _events(text, _ROWS)
    assert {e[1] for e in found} == {"الرصافة", "الحمرا"}, found
    assert all(e[2] == "Israeli forces" and e[3] == "Civilians" for e in found), found


_BASES = [("الرصافة", "point", "Deir ez-Zor", "T1"), ("الحمرا", "point", "Hasakah", "T2")]


def test_unclaimed_attack_takes_the_one_author_its_sentence_names_on_that_force():
    text = ("استهدفت المقاومة الإسلامية في العراق القوات الأميركية في قاعدة الرصافة بالصواريخ. "
            "وأكدت مصادر محلية اليوم استهداف القوات الأميركية في قاعدة الحمرا، بعدما أكدت المصادر "
            "فجر اليوم استهداف المقاومة الإسلامية في العراق القوات الأميركية في مطار أربيل.")
    found = {e[1]: e for e in _events(text, _BASES)}
    assert found["الحمرا"][2:] == ("Islamic Resistance in Iraq", "US-led coalition"), found


def test_unclaimed_attack_stays_authorless_when_only_another_sentence_names_an_author():
    text = ("تعرضت القوات الأميركية في قاعدة الحمرا لهجوم صاروخي. "
            "واستهدفت المقاومة الإسلامية في العراق القوات الأميركية في قاعدة الرصافة بالصواريخ.")
    found = {e[1]: e for e in _events(text, _BASES)}
    assert found["الحمرا"][2:] == (None, "US-led coalition"), found


def test_jordanian_raids_are_jordanian_forces():
    found = _events("قُتل ثلاثة مهربين بغارة جوية أردنية على قرية الرصافة.", _ROWS)
    assert found and found[0][2] == "Jordanian forces", found
    found = _events("نفذ سلاح الجو الأردني غارة على قرية الرصافة.", _ROWS)
    assert found and found[0][2] == "Jordanian forces", found


def test_owner_of_the_aircraft_that_carried_out_the_raids_is_their_author_at_every_place():
    text = ("أعربت الخارجية السورية عن أسفها.\n"
            "وأتى ذلك بعد مقتل 7 مدنيين بغارة جوية على قريتي الرصافة والحمرا قبل أيام.\n"
            "وذكرت وسائل إعلام محلية أنّ الطائرات التي نفذت هذه الغارات تابعة لسلاح الجو الأردني.\n"
            "وفي وقت سابق اليوم، أعلنت الوزارة أمراً آخر.")
    found = _events(text, _ROWS)
    assert {e[1] for e in found} == {"الرصافة", "الحمرا"}, found
    assert all(e[2] == "Jordanian forces" and e[3] != "Jordanian forces" for e in found), found


def test_factions_at_large_when_a_group_is_named_only_in_other_paragraphs():
    body = ("واستهدفت طائرات روسية مقار لهيئة تحرير الشام في بلدة الحمرا.\n"
            "وقال المراسل إنّ الغارات الروسية استهدفت جبهات الرصافة.")
    found = {e[1]: e for e in _events("غارات روسية على مواقع الجماعات المسلحة في ريف إدلب.\n" + body, _ROWS)}
    assert found["الرصافة"][2:] == ("Russian forces", "Syrian opposition factions"), found
    found = {e[1]: e for e in _events("غارات روسية على مواقع هيئة تحرير الشام في ريف إدلب.\n" + body, _ROWS)}
    assert found["الرصافة"][2:] == ("Russian forces", "Hayat Tahrir al-Sham"), found


def _events_at(text: str, rows: list[tuple[str, str, float, float]]):
    """Events over places with coordinates: (name, admin1, lat, lon) rows."""
    places = [Place(id=f"p{k}", name=None, name_ar=name, lat=lat, lon=lon, admin1=admin1,
                    spans=[(i, i + len(name))] if (i := text.find(name)) >= 0 else [], kind="point",
                    gazetteer_id=f"G{k}") for k, (name, admin1, lat, lon) in enumerate(rows, 1)]
    names = {p.id: p.name_ar for p in places}
    doc = prepare(text, DocMeta(id="t", published=PUB))
    return [(e.event_type, names.get(e.place), e.actor1, e.actor2) for e in find_events(doc, places, [])]


def test_places_of_one_raid_in_one_area_share_its_target_not_a_raid_elsewhere():
    rows = [("الكسوة", "Rural Damascus", 33.36, 36.25), ("قطنا", "Rural Damascus", 33.44, 36.08),
            ("السفيرة", "Aleppo", 36.08, 37.37)]
    text = ("نفذ العدو الإسرائيلي فجر اليوم عدواناً جوياً استهدف مواقع عسكرية في الكسوة.\n"
            "وأضاف المراسل أن صاروخاً آخر من العدوان الإسرائيلي استهدف محيط قطنا.\n"
            "وفي وقت لاحق اليوم، استهدفت غارة إسرائيلية محيط السفيرة.")
    found = {e[1]: e for e in _events_at(text, rows)}
    assert found["الكسوة"][2:] == ("Israeli forces", "Syrian government forces"), found
    assert found["قطنا"][2:] == ("Israeli forces", "Syrian government forces"), found
    assert found["السفيرة"][3] is None, found


def test_verb_after_where_the_raid_was_fired_from_keeps_the_raid_author_not_the_announcer():
    text = ("والأحد، أعلنت العلاقات العامة لحرس الثورة في إيران، استشهاد 3 مستشارين عسكريين، بعد أنّ نفذ "
            "الاحتلال الإسرائيلي، عدواناً جوياً من الجولان السوري استهدف بناءً سكنياً في حي الرصافة.")
    found = _events(text, _ROWS)
    assert found and found[0][2] == "Israeli forces", found


def test_a_football_pitch_struck_is_a_civilian_target():
    found = _events("استهدف صاروخ إسرائيلي ملعباً لكرة القدم في بلدة الرصافة.", _ROWS)
    assert found and found[0][3] == "Civilians", found


def test_fighters_affiliated_to_al_qaeda_are_al_qaeda_not_a_base():
    found = _events("تصدى الجيش السوري لهجوم مسلحين تابعين للقاعدة في بلدة الرصافة.", _ROWS)
    assert found and "Al-Qaeda" in found[0][2:], found
    found = _events("استهدفت طائرة مسيرة القاعدة الأميركية في الرصافة.", _ROWS)
    assert found and "Al-Qaeda" not in found[0][2:], found


def test_ground_taken_by_one_side_of_the_fight_told_is_taken_from_the_other():
    text = ("شنّ مقاتلو العشائر العربية أمس هجوماً على نقاط قوات سوريا الديمقراطية في ريف دير الزور الشرقي.\n"
            "وقالت مصادر محلية إنّ مقاتلي العشائر دخلوا اليوم قرية الرصافة وقرية الحمرا.")
    taken = [e for e in _events(text, _ROWS) if e[1] in ("الرصافة", "الحمرا")]
    assert taken and all(e[2:] == ("Arab Tribal Forces", "Syrian Democratic Forces") for e in taken), taken
    alone = _events("وقالت مصادر محلية إنّ مقاتلي العشائر دخلوا اليوم قرية الرصافة.", _ROWS)
    assert alone and alone[0][3] is None, alone  # (no fight told: no foe guessed)


def test_the_factions_in_short_after_gazas_resistance_are_the_palestinian_factions():
    text = ("وصعّدت إسرائيل عدوانها منذ أن أطلقت حركات المقاومة في قطاع غزة معركتها ضد الاحتلال.\n"
            "وأطلقت فصائل المقاومة أمس عدة قذائف هاون من قرية الرصافة نحو موقع للاحتلال.")
    found = _events(text, _ROWS)
    assert found and found[0][2] == "Palestinian resistance factions", found


def test_shelling_by_a_force_named_after_by_is_its_own_not_the_monitors():
    text = ("وأشار رئيس مركز المصالحة الروسي إلى تسجيل 3 عمليات قصف في قرية الرصافة على مواقع للقوات "
            "الحكومية السورية من قبل جماعة جبهة النصرة أمس.")
    found = _events(text, _ROWS)
    assert found and found[0][2:] == ("Hayat Tahrir al-Sham", "Syrian government forces"), found


def test_what_a_monitor_recorded_is_not_its_own_attack():
    found = _events("وأعلن مركز المصالحة الروسي تسجيل عمليتي قصف على قرية الرصافة أمس.", _ROWS)
    assert found and found[0][2] != "Russian forces", found
    own = _events("وأعلن مركز المصالحة الروسي تنفيذ غارات على مقرات المسلحين في قرية الرصافة أمس.", _ROWS)
    assert own and own[0][2] == "Russian forces", own


def test_villages_taken_from_their_people_tell_no_fight_whose_foe_goes_on():
    text = ("وتمكّن مقاتلو العشائر من السيطرة على معظم قرى وبلدات الريف الشرقي لدير الزور وقرية الرصافة.\n"
            "وشنّ مقاتلو العشائر اليوم هجوماً على قرية الحمرا.")
    found = _events(text, _ROWS)
    assert all(e[3] != "Civilians" for e in found if e[1] == "الحمرا"), found


def test_a_force_whose_own_dead_the_attack_counts_is_its_target_not_its_author():
    text = ("أعلن البنتاغون أنّ قواته شنّت غارات جوية في سوريا رداً على هجوم بطائرات مسيّرة. "
            "وقال البنتاغون إنّ طائرة من دون طيار أسفرت عن مقتل أميركيّ وإصابة 6 آخرين في قاعدة للتحالف قرب الرصافة.")
    found = [e for e in _events(text, _ROWS) if e[1] == "الرصافة"]
    assert found and found[0][2] != "US-led coalition" and found[0][3] == "US-led coalition", found
