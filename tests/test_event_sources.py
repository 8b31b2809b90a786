"""Who gives a casualty figure (``claimed_by``) and whose people it counts (``victims``).

Sentences are written for the tests; claims are built by hand (or left out, to test the
fallbacks that read the sentence itself), reusing the events tests' small gazetteer.
"""
import re

from test_events import run

from rasid.model import Claim, Speaker, TextSpan

_THAT = re.compile(r"(?<!\S)[إأ]نّ? ")


def _said(text, cue, content=None, *, after=0, **speaker):
    """A claim by ``Speaker(**speaker)`` at the first ``cue`` from ``after``: its content the span
    ``content``, else from the إنّ/أنّ after the cue to the end."""
    a = text.index(cue, after)
    if content is None:
        content = (_THAT.search(text, a).end(), len(text))
    return Claim(id="c1", speaker=Speaker(**speaker), cue=TextSpan(cue, (a, a + len(cue))), stance="assert",
                 content=TextSpan("", content))


def _by(text, claims=()):
    _, events = run(text, claims)
    return {(f.count, f.kind, f.claimed_by) for e in events for f in e.fatalities}


def test_a_verb_with_no_subject_takes_the_body_opening_the_sentence():
    """``أما المركز … فقد ادعى أن …، لكنه أقر بمقتل …``: both figures are the centre's."""
    text = ("أما وزارة الدفاع الروسية في قاعدة حميميم فقد ادعت أن المسلحين هاجموا مواقع قرب سراقب أمس، "
            "وأن 20 منهم قتلوا، لكنها أقرت بمقتل ثلاثة جنود سوريين.")
    got = _by(text)
    assert (20, "killed", "Russian Ministry of Defence") in got and (3, "killed", "Russian Ministry of Defence") in got


def test_the_opening_body_is_not_the_subject_of_a_verb_that_names_one():
    """A claim whose speaker has no English name keeps its Arabic name, not the sentence's
    first body nor the outlet."""
    text = ("أما المرصد السوري لحقوق الإنسان فقد ذكر أن القصف على سراقب أمس قتل 4 مدنيين، "
            "في حين ذكر المجلس المحلي للمدينة أن عدد الجرحى بلغ 11 شخصاً.")
    claim = _said(text, "ذكر", after=text.index("في حين"), org_ar="المجلس المحلي")
    assert (11, "injured", "المجلس المحلي") in _by(text, [claim])


def test_the_outlets_own_figure_stays_the_outlets():
    """No reporting verb in the sentence: the outlet's voice, whatever body opens it."""
    assert (5, "killed", "outlet") in _by("قوات النظام قصفت بلدة كفرنبل أمس، ما أدى إلى مقتل 5 مدنيين.")


def test_a_later_claim_across_a_contrast_is_not_the_figures_source():
    """``…، بحسب التجمع، في حين ذكرت الوكالة أن …``: the figure before is the monitor's (named
    in short after its full name), not the agency's that follows."""
    text = ("ذكر تجمع أحرار حوران أن عبوة انفجرت قرب بصرى الشام أمس.\n"
            "وأدى الانفجار إلى مقتل 3 عناصر، بحسب التجمع، في حين ذكرت وكالة سانا أن الانفجار أدى إلى مقتل عنصرين.")
    claim = _said(text, "ذكرت", org="SANA")
    got = _by(text, [claim])
    assert (3, "killed", "Horan Free Gathering") in got and (2, "killed", "SANA") in got


def test_a_later_claim_with_nothing_between_still_gives_the_figure():
    text = "قتل 4 مدنيين في قصف على كفرنبل أمس، قال الدفاع المدني السوري."
    claim = _said(text, "قال", (0, text.index("قال")), org="Syria Civil Defence (White Helmets)")
    assert (4, "killed", "Syria Civil Defence (White Helmets)") in _by(text, [claim])


def _vic(text, claims=()):
    _, events = run(text, claims)
    return {(f.count, f.kind, f.victims) for e in events for f in e.fatalities}


def test_gunmen_a_force_counts_are_of_the_foe_named_before():
    """A ministry's "terrorists" are the other side's fighters named just before, never its own."""
    text = ("هاجم عناصر من تنظيم داعش مواقع في ريف دير الزور أمس.\n"
            "وقالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع قرب الميادين وقضت على 15 “إرهابياً”.")
    claim = _said(text, "وقالت", org="Russian Ministry of Defence")
    assert (15, "killed", "Islamic State") in _vic(text, [claim])


def test_a_force_named_after_its_counted_gunmen():
    """``تحييد 6 إرهابيين من تنظيم داعش``: the force after the gunmen noun is theirs."""
    text = "أعلنت وزارة الدفاع التركية تحييد 6 إرهابيين من تنظيم داعش قرب جرابلس أمس."
    assert (6, "neutralized", "Islamic State") in _vic(text)


def test_members_counted_again_are_of_the_force_just_counted():
    """``قتل 20 عنصراً من قوات النظام`` then ``ووثق المرصد مقتل 12 عنصراً``: the same force."""
    text = ("قتل 20 عنصراً من قوات النظام في كمين نصبه عناصر تنظيم داعش قرب الميادين أمس.\n"
            "ووثق المرصد السوري لحقوق الإنسان مقتل 12 عنصراً وإصابة 7 آخرين في الكمين.")
    got = _vic(text)
    assert (12, "killed", "Syrian government forces") in got, got


def test_wounded_and_gunmen_words_between_a_figure_and_its_force():
    text = "أفاد مراسلنا بسقوط 9 جرحى، من إرهابيي هيئة تحرير الشام، بقصف للجيش السوري على كفرنبل أمس."
    assert (9, "injured", "Hayat Tahrir al-Sham") in _vic(text)


def test_a_claims_content_does_not_reach_past_its_paragraph():
    """A quote left open (the claims stage's content runs on) gives no later paragraph's figure."""
    text = ("وقال البنتاغون إن \"الهجوم على قاعدة قرب القامشلي أسفر عن إصابة جنديين.\n"
            "وأفاد مراسلنا بأن قصفاً استهدف بلدة قرب الميادين أمس، ما أدى إلى مقتل 3 مدنيين.")
    claim = _said(text, "وقال", org="US Department of Defense")
    got = _by(text, [claim])
    assert (3, "killed", "outlet") in got, got


def test_a_body_that_says_only_this_gives_the_figure():
    """``أما الوكالة فقد اكتفت بالقول إن …``: the agency's figure (and soldiers it counts are the army's)."""
    text = "أما وكالة سانا فقد اكتفت بالقول إن أربعة عسكريين استشهدوا في هجوم على حافلة قرب الميادين أمس."
    got = _vic(text), _by(text)
    assert (4, "killed", "Syrian government forces") in got[0] and (4, "killed", "SANA") in got[1], got


def test_of_them_counts_the_gunmen_just_named():
    """``هاجم أكثر من 300 مسلح مواقع الجيش، وقتل 20 منهم``: the gunmen's side, not the army."""
    text = ("قالت وزارة الدفاع الروسية إن هيئة تحرير الشام هاجمت مواقع الجيش السوري قرب سراقب أمس "
            "بمشاركة أكثر من 300 مسلح، وإن 20 منهم قتلوا.")
    claim = _said(text, "قالت", org="Russian Ministry of Defence")
    got = _vic(text, [claim])
    assert (20, "killed", "Hayat Tahrir al-Sham") in got, got


def test_soldiers_the_russian_ministry_counts_are_the_syrian_armys():
    text = "وذكرت وزارة الدفاع الروسية أن المسلحين هاجموا مواقع قرب سراقب أمس، ما أدى إلى مقتل 3 جنود."
    claim = _said(text, "وذكرت", org="Russian Ministry of Defence")
    assert (3, "killed", "Syrian government forces") in _vic(text, [claim])


def test_a_spokesman_gives_his_bodys_figure():
    """``قال المتحدث باسم مجلس منبج العسكري، NAME، إن …``: the council is the SDF's."""
    text = ("قال المتحدث باسم مجلس منبج العسكري، أحمد سليمان، إن قواته تمكنت من اعتقال 3 من المهاجمين "
            "قرب جرابلس أمس.")
    assert (3, "captured", "Syrian Democratic Forces") in _by(text)


def test_a_claim_relayed_right_after_hasab_still_gives_the_figure():
    """``بحسب ما نقلت وكالة رويترز عن البنتاغون``: the relayed body's figure, not the agency's."""
    text = "أدت الهجمات على القواعد قرب الميادين إلى إصابة 40 من الجنود، بحسب ما نقلت وكالة رويترز عن البنتاغون."
    claim = _said(text, "نقلت", (0, text.index("،")), org="US Department of Defense")
    assert (40, "injured", "US Department of Defense") in _by(text, [claim])


def test_turkeys_pkk_in_syria_are_the_sdfs_people():
    """``تحييد 5 إرهابيين من بي كا كا`` near Tal Rifaat: the YPG, folded into the SDF."""
    text = "أعلنت وزارة الدفاع التركية تحييد 5 إرهابيين من “بي كا كا” قرب جرابلس أمس."
    assert (5, "neutralized", "Syrian Democratic Forces") in _vic(text)


def test_fire_from_syria_on_a_post_abroad_is_not_a_syrian_figure():
    text = ("قصفت المدفعية التركية قرى قرب جرابلس أمس.\n"
            "وأقرت وزارة الدفاع التركية بإصابة جندي تركي جراء قذيفة أُطلقت من الأراضي السورية "
            "على مخفر حدودي في ولاية ماردين جنوبي تركيا.")
    assert _vic(text) == set(), _vic(text)


def test_a_lone_policeman_is_not_the_lone_person_told_before():
    """One person killed in one blast, then the ministry's policeman killed in another: the
    policeman is the state's, not the civilian "person" counted first."""
    text = ("قتل شخص في انفجار عبوة ناسفة بسيارته في بصرى الشام أمس.\n"
            "وذكرت وزارة الداخلية السورية أن عبوة انفجرت بدورية للشرطة قرب سراقب، ما أدى إلى استشهاد الشرطي أحمد علي.")
    claim = _said(text, "وذكرت", org="Syrian Ministry of Interior")
    got = _vic(text, [claim])
    assert (1, "killed", "Syrian government forces") in got, got


def test_soldiers_and_civilians_in_one_toll_are_not_all_civilians():
    """``استشهاد 5 عسكريين ومدني``، ``إصابة 12 عسكرياً و4 مدنيين``: the soldiers counted beside
    civilians are the army's (a foreign raid), the civilians stay civilians."""
    text = ("شنت طائرات إسرائيلية غارات على مواقع قرب دمشق فجر اليوم، ما أدى إلى استشهاد 5 عسكريين ومدني، "
            "وإصابة 12 عسكرياً و4 مدنيين.")
    got = _vic(text)
    assert (5, "killed", "Syrian government forces") in got, got
    assert (12, "injured", "Syrian government forces") in got, got
    assert (4, "injured", "Civilians") in got, got


def test_a_vague_toll_of_civilians_and_soldiers_is_the_armys():
    text = "استهدف الطيران الإسرائيلي نقاطاً قرب دمشق فجر اليوم، وأدى إلى استشهاد وجرح مدنيين وعسكريين."
    got = _vic(text)
    assert got and all(v == "Syrian government forces" for _, _, v in got), got


def test_civilians_killed_in_a_military_raid_stay_civilians():
    text = "شنت طائرات إسرائيلية غارات على مواقع قرب دمشق فجر اليوم، ما أدى إلى استشهاد 3 مدنيين بقصف عسكري."
    assert (3, "killed", "Civilians") in _vic(text)


def test_the_leader_of_the_quds_force_is_the_guards():
    text = "شنت طائرات إسرائيلية غارات على مبنى قرب دمشق فجر اليوم، واغتالت قائد قوة القدس في سوريا."
    assert (1, "killed", "Islamic Revolutionary Guard Corps") in _vic(text)


def test_a_second_one_wounded_is_of_the_people_just_counted():
    """``استشهاد المستشار الإيراني فلان وجرح إيراني ثانٍ``: the second is the Guard's too."""
    text = "شنت طائرات إسرائيلية غارات على مبنى قرب دمشق فجر اليوم، ما أدى إلى استشهاد المستشار الإيراني كريمي وجرح إيراني ثانٍ."
    got = _vic(text)
    assert (1, "injured", "Islamic Revolutionary Guard Corps") in got, got


def test_a_leader_arrested_is_of_the_force_named_after_his_rank():
    text = "أعلنت قوات سوريا الديمقراطية اعتقال قيادي بارز في تنظيم داعش قرب الميادين أمس."
    assert (1, "captured", "Islamic State") in _vic(text)


def test_protesters_counted_are_protesters():
    text = "خرجت مظاهرة في مدينة إدلب أمس، وفرّقتها عناصر الأمن واعتقلت أربعة من المحتجين."
    assert (4, "captured", "Protesters") in _vic(text)


def test_its_volunteers_are_the_bodys_that_gives_the_toll():
    text = "قصفت قوات النظام بلدة كفرنبل أمس، وقال الدفاع المدني السوري إن القصف أدى إلى مقتل 4 مدنيين، وإصابة اثنين من متطوعيه."
    start = text.index("وقال")
    claim = _said(text, "وقال", (start, len(text)), org="Syria Civil Defence (White Helmets)")
    got = _vic(text, [claim])
    assert (2, "injured", "Syria Civil Defence (White Helmets)") in got and (4, "killed", "Civilians") in got, got


def test_a_toll_in_a_relative_clause_is_of_the_place_before_its_comma():
    """``بحق أهالي قطاع غزة، والتي خلّفت آلاف الشهداء``: the relative clause's toll is Gaza's,
    though the sentence names Syria too; a toll in a clause of its own in Syria stays."""
    text = ("قصفت طائرة مسيرة قاعدة أميركية قرب الشدادي أمس.\n"
            "وتتواصل الهجمات على القواعد الأميركية في سوريا والعراق، في ظل الحرب على أهالي قطاع غزة، "
            "والتي خلّفت آلاف الشهداء والجرحى.")
    assert _vic(text) == set(), _vic(text)
    kept = ("قصفت طائرة مسيرة قاعدة أميركية قرب الشدادي أمس، وأسفر القصف عن إصابة 3 جنود أميركيين.")
    assert (3, "injured", "US-led coalition") in _vic(kept), _vic(kept)


def test_a_raid_told_only_to_date_the_sentence_takes_none_of_its_toll():
    """``… ما أسفر عن استشهاد خمسة عشر منهم، بعد يومين من غارة إسرائيلية على مطار حلب``: the raid
    after بعد يومين من only dates the attack; the toll is the attack's, told before it."""
    from rasid.pipeline import analyze
    res = analyze("وهاجمت خلايا داعش في البادية جامعي الكمأة، ما أسفر عن استشهاد خمسة عشر منهم، "
                  "بعد يومين من غارة إسرائيلية على مطار حلب.", published="2023-03-25")
    names = {p.id: p.name_ar for p in res.places}
    tolls = {names[e.place]: [(f.count, f.victims) for f in e.fatalities] for e in res.events}
    assert tolls == {"البادية": [(15, "Civilians")], "مطار حلب": []}


def test_one_man_mourned_by_name_in_the_next_sentence_is_the_mourners():
    """``… وأسفر عن استشهاد موسوي. ونعى حرس الثورة في إيران السيد موسوي``: the body that mourns him
    by name right after is whose man he was; a mourner of another name says nothing."""
    from rasid.pipeline import analyze
    text = ("ونفّذ الاحتلال الإسرائيلي عدواناً، عصر أمس، استهدف منطقة السيدة زينب في ريف دمشق، وأسفر عن استشهاد موسوي.\n"
            "ونعى حرس الثورة في إيران السيد موسوي، وقال إنه كان مسؤولاً في سوريا.")
    res = analyze(text, published="2023-12-26")
    assert [(f.count, f.victims) for e in res.events for f in e.fatalities] == [(1, "Islamic Revolutionary Guard Corps")]
    other = analyze(text.replace("السيد موسوي،", "السيد سليماني،"), published="2023-12-26")
    assert [(f.count, f.victims) for e in other.events for f in e.fatalities] == [(1, None)]


def test_leaders_counted_are_of_the_body_named_after_them():
    """``القبض على عدد من قيادات …``: the leaders' body, not the force that arrested them."""
    assert _vic("ألقت قسد القبض على عدد من قيادات مجلس دير الزور العسكري في الحسكة أمس.") == {
        (None, "captured", "Deir ez-Zor Military Council")}


def test_a_toll_told_in_syria_counts_where_no_syrian_place_is_named():
    """``أصيب 40 من جنودها في العراق وسوريا``: a toll told "in Syria" (beside another country) is
    kept in an article that places nothing in Syria; one told in another country's base is not,
    though Syria is named in its clause."""
    from rasid.pipeline import analyze
    said = ("أعلنت وزارة الدفاع الأميركية أمس أنّ الهجمات على القوات الأميركية أدت إلى إصابة نحو 40 من جنودها "
            "في كل من سوريا والعراق منذ بداية الشهر.")
    res = analyze(said, published="2024-01-10")
    assert [(f.count, f.kind, f.victims, f.claimed_by) for e in res.events for f in e.fatalities] == [
        (40, "injured", "US-led coalition", "US Department of Defense")]
    abroad = analyze("وأوقفت الفصائل هجماتها على القواعد في سوريا بعد الضربة التي أدت إلى مقتل 3 جنود "
                     "أميركيين في قاعدة البرج 22 في الأردن.", published="2024-03-10")
    assert [f for e in abroad.events for f in e.fatalities] == []
    essay = analyze(("وتقول الورقة إن الحرب طويلة. " * 250) + said, published="2024-01-10")
    assert [(f.count, f.kind) for e in essay.events for f in e.fatalities] == [(40, "injured")]


def test_a_soldier_named_among_a_toll_is_the_armys_not_the_raiders():
    """``استشهد 4 مواطنين جراء العدوان الإسرائيلي على دمشق، بينهم عسكري``: the one soldier among
    the dead is the army's — not the raider named right before him, nor the civilians counted."""
    from rasid.pipeline import analyze
    res = analyze("وبحسب وزارة الصحة، استشهد 4 مواطنين جراء العدوان الإسرائيلي على دمشق، بينهم عسكري، "
                  "فيما أصيب 9 مدنيين بجروح.", published="2023-02-20")
    got = {(f.count, f.kind, f.victims) for e in res.events for f in e.fatalities}
    assert (1, "killed", "Syrian government forces") in got and (4, "killed", "Civilians") in got, got


def test_of_its_forces_are_the_ministrys_army_named_or_not():
    """``أعلنت وزارة الدفاع التركية أنّ 3 جنود من قواتها قتلوا``: "its forces" are the ministry's
    army though the text never names that army (not the other camp guessed as the target)."""
    from rasid.pipeline import analyze
    res = analyze("أعلنت وزارة الدفاع التركية أنّ 3 جنود من قواتها قتلوا في هجوم على قاعدة في ريف حلب.",
                  published="2024-01-10")
    assert [(f.count, f.kind, f.victims) for e in res.events for f in e.fatalities] == [(3, "killed", "Turkish forces")]


def _counts(text):
    _, events = run(text)
    return {(f.count, f.kind) for e in events for f in e.fatalities}


def test_a_toll_in_the_two_countries_named_before_with_syria_is_syrias():
    """``… في العراق وسوريا. … بإصابة نحو 70 جندياً في البلدين``: "the two countries" are the pair
    a sentence before named, Syria one of them — the toll is coded, as one told "in Iraq and Syria"."""
    text = ("وتتعرض القواعد الأميركية في العراق وسوريا لهجمات متكررة منذ أشهر. وأقرت وزارة الدفاع الأميركية "
            "بإصابة نحو 70 جندياً أميركياً في البلدين منذ بدء الهجمات.")
    assert (70, "injured") in _counts(text)


def test_the_pair_named_in_a_quote_still_names_syria():
    """A closing quote after the country (``"… في العراق وسوريا".``) still names it."""
    text = ("وقال الوزير إن الغارات جاءت \"رداً على الهجمات ضد قواتنا في العراق وسوريا\". وأقرت وزارة الدفاع "
            "بإصابة نحو 70 جندياً في البلدين.")
    assert (70, "injured") in _counts(text)


def test_two_countries_without_syria_are_not_syria():
    """``في لبنان والأردن … في البلدين``: a pair that leaves Syria out codes nothing."""
    text = ("وتتعرض القواعد في لبنان والأردن لهجمات متكررة منذ أشهر. وأقرت وزارة الدفاع "
            "بإصابة نحو 70 جندياً في البلدين منذ بدء الهجمات.")
    assert (70, "injured") not in _counts(text)


def test_a_toll_of_persons_with_fighters_among_them_names_no_people():
    """``أدت الغارة إلى مقتل 12 شخصاً، بينهم 3 في حزب الله``: persons of several peoples are no
    one force's — neither the target's nor civilians; persons alone stay civilians."""
    from rasid.pipeline import analyze
    text = "وشنّ الطيران الإسرائيلي غارة على مستودع قرب مدينة حلب أمس، ما أدى إلى مقتل 12 شخصاً، بينهم 3 في حزب الله."
    res = analyze(text, published="2024-03-29")
    assert (12, None) in [(f.count, f.victims) for e in res.events for f in e.fatalities]
    alone = analyze(text.replace("، بينهم 3 في حزب الله", ""), published="2024-03-29")
    assert [(f.count, f.victims) for e in alone.events for f in e.fatalities] == [(12, "Civilians")]


def test_one_man_killed_is_of_the_force_his_title_puts_him_in_elsewhere():
    """``… وأسفر عن استشهاد كاظمي`` after ``القيادي في حرس الثورة، العميد حسن كاظمي``: one man
    killed, named again, is of the armed force his title puts him in (or that mourns him by name)
    anywhere in the article; a force that only struck near his name says nothing."""
    from rasid.pipeline import analyze
    lead = "التقى القيادي في حرس الثورة، العميد حسن كاظمي، وفداً في دمشق الشهر الماضي.\n"
    raid = "وشنّ الطيران الإسرائيلي غارة على مبنى في دمشق أمس، وأسفرت عن استشهاد كاظمي."
    res = analyze(lead + raid, published="2023-12-26")
    assert [(f.count, f.victims) for e in res.events for f in e.fatalities] == [(1, "Islamic Revolutionary Guard Corps")]
    mourned = analyze("ونعى حرس الثورة العميد حسن كاظمي في بيان.\n" + raid, published="2023-12-26")
    assert [(f.count, f.victims) for e in mourned.events for f in e.fatalities] == [(1, "Islamic Revolutionary Guard Corps")]
    relative = analyze("ونعى حرس الثورة العميد حسن كاظمي، الذي استُشهد في غارة إسرائيلية على دمشق أمس.", published="2023-12-26")
    assert [(f.count, f.victims) for e in relative.events for f in e.fatalities] == [(1, "Islamic Revolutionary Guard Corps")]
    alone = analyze(raid, published="2023-12-26")
    assert [(f.count, f.victims) for e in alone.events for f in e.fatalities] != [(1, "Islamic Revolutionary Guard Corps")]


def test_the_body_that_condemns_an_attack_gives_its_toll():
    """``دانت الوزارة العدوان … الذي أدى إلى استشهاد …`` (and the headline's ``الوزارة تدين``):
    the toll of what a body condemns is the body's, not the outlet's."""
    body = "دانت وزارة الدفاع الروسية القصف الذي استهدف بلدة كفرنبل أمس، والذي أدى إلى مقتل 4 مدنيين."
    head = "وزارة الدفاع الروسية تدين القصف الذي استهدف بلدة كفرنبل أمس، والذي أدى إلى مقتل 4 مدنيين."
    assert (4, "killed", "Russian Ministry of Defence") in _by(body)
    assert (4, "killed", "Russian Ministry of Defence") in _by(head)


def test_a_verb_opening_a_sentence_with_no_subject_goes_on_with_the_last_speaker():
    """``… ذكر المرصد أنّ …. وأضاف أنّ 6 عناصر قتلوا``: the figure after a subject-less
    ``وأضاف`` is the previous sentence's speaker's, not the outlet's."""
    text = ("ذكر المرصد السوري لحقوق الإنسان أنّ قوات النظام قصفت بلدة كفرنبل أمس.\n"
            "وأضاف أنّ القصف أدى إلى مقتل 6 مدنيين.")
    claim = _said(text, "ذكر", (text.index("قوات"), text.index("\n")), org="Syrian Observatory for Human Rights")
    assert (6, "killed", "Syrian Observatory for Human Rights") in _by(text, [claim])
    own = "قصفت قوات النظام بلدة كفرنبل أمس.\nوأضاف أنّ القصف أدى إلى مقتل 6 مدنيين."
    assert (6, "killed", "outlet") in _by(own)


def test_civilians_and_gunmen_counted_together_are_no_one_peoples():
    """``قتلى من المدنيين والمسلحين``: a toll of civilians and gunmen together counts no one
    people (its victims stay empty), while civilians alone stay civilians."""
    mixed = "اندلعت اشتباكات في بلدة كفرنبل أمس، ما أدى إلى مقتل 5 من المدنيين والمسلحين."
    civil = "اندلعت اشتباكات في بلدة كفرنبل أمس، ما أدى إلى مقتل 5 من المدنيين."
    assert (5, "killed", None) in _vic(mixed)
    assert (5, "killed", "Civilians") in _vic(civil)
