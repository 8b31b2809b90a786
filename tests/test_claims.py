"""Claims: cue classes, speakers, coreference, content spans and denials, on texts written here."""
from rasid.extract.claims import find_claims
from rasid.model import DocMeta
from rasid.text.prepare import prepare


def claims(text):
    doc = prepare(text, DocMeta(id="t"))
    return doc, find_claims(doc)


def one(text):
    _, cs = claims(text)
    assert len(cs) == 1, [(c.cue.text, c.speaker) for c in cs]
    return cs[0]


# --- cue classes ------------------------------------------------------------------------------

def test_verb_cue_with_titled_spokesman_of_a_body():
    c = one("قال العقيد سامر خليل المتحدث الرسمي باسم الجبهة الوطنية للتحرير إن الهجوم فشل.")
    assert c.stance == "assert"
    assert (c.speaker.name, c.speaker.title, c.speaker.role) == ("سامر خليل", "العقيد", "المتحدث الرسمي")
    assert c.speaker.org == "National Liberation Front"
    assert c.speaker.org_ar == "الجبهة الوطنية للتحرير"
    assert c.content.text == "الهجوم فشل"


def test_office_set_off_by_commas_after_the_name_gives_the_body():
    c = one("وقال الرائد خالد يوسف، المتحدث باسم الجبهة الوطنية للتحرير، إن الثوار صدوا الهجوم.")
    assert c.speaker.name == "خالد يوسف"
    assert c.speaker.org == "National Liberation Front"
    assert c.content.text.startswith("الثوار صدوا")


def test_according_to_with_the_reporting_verb_spelled_out():
    c = one("وأصيب أربعة مدنيين في القصف، وفق ما أفاد به الدفاع المدني السوري.")
    assert c.speaker.org == "Syria Civil Defence (White Helmets)"
    c = one("قتل طفلان في الغارة، بحسب ما أفاد شهود عيان.")
    assert c.speaker.org == "Unnamed sources"


def test_body_named_in_brackets_after_its_description():
    c = one("في المقابل، ذكرت وكالة الأنباء الرسمية (سانا) أن وحدات الجيش دخلت البلدة.")
    assert c.speaker.org == "SANA"


def test_accusation_takes_its_subject_not_the_accused():
    c = one("واتهمت الحكومة السورية المؤقتة وحدات حماية الشعب بالوقوف وراء التفجير.")
    assert c.speaker.org == "Syrian Interim Government"
    c = one("إلا أن الحكومة السورية المؤقتة اتهمت وحدات حماية الشعب بالوقوف وراءه.")
    assert c.speaker.org == "Syrian Interim Government"
    _, cs = claims("وكان الرئيس قد اتهم دمشق باحتجاز الصحفي.")
    assert all(c.speaker.org != "Government of Syria" for c in cs)


def test_documented_by_a_monitor_and_activist_names():
    c = one("ووثق الدفاع المدني مقتل خمسة مدنيين في الغارات.")
    assert c.speaker.org == "Syria Civil Defence (White Helmets)"
    c = one("وقال الناشط الإعلامي سامر العلي لموقع محلي إن القصف مستمر.")
    assert c.speaker.name == "سامر العلي"


def test_present_cue_with_subject_first():
    c = one("مصادر محلية تفيد بأن القصف طال ثلاث قرى.")
    assert c.speaker.org == "Unnamed sources" and c.stance == "assert"
    assert c.content.text.startswith("القصف طال")


def test_participle_continues_the_same_speaker():
    _, cs = claims("أعلنت وزارة الدفاع التركية أن قواتها ردت على مصادر النيران، مضيفةً أن الوضع هادئ.")
    assert [c.cue.text for c in cs] == ["أعلنت", "مضيفةً"]
    assert {c.speaker.org for c in cs} == {"Turkish Ministry of Defence"}
    assert cs[0].content.text == "قواتها ردت على مصادر النيران"
    assert cs[1].content.text == "الوضع هادئ"


def test_prepositional_cue_takes_the_rest_of_the_sentence():
    c = one("قُتل خمسة مدنيين في القصف بحسب المرصد السوري لحقوق الإنسان.")
    assert c.speaker.org == "Syrian Observatory for Human Rights"
    assert c.content.text.startswith("قُتل خمسة مدنيين")


def test_nominal_cue_statement_issued_by():
    c = one("وجاء في بيان صادر عن هيئة تحرير الشام أن مقاتليها صدوا التقدم.")
    assert c.speaker.org == "Hayat Tahrir al-Sham"


def test_relay_speaker_is_the_relayed_source():
    c = one("ونقلت وكالة رويترز عن مصدر عسكري قوله إن الطائرات عادت إلى قواعدها.")
    assert c.speaker.org == "Unnamed sources"


def test_allege_and_admit_cues():
    _, cs = claims("ادعت وزارة الدفاع الروسية أن المسلحين انسحبوا. واعترف الجيش السوري بخسارة موقعين.")
    assert [(c.stance, c.speaker.org) for c in cs] == [
        ("allege", "Russian Ministry of Defence"), ("admit", "Syrian government forces")]


def test_deny_cue():
    c = one("ونفت قوات سوريا الديمقراطية أن تكون قد قصفت القرية.")
    assert c.stance == "deny" and c.speaker.org == "Syrian Democratic Forces"


def test_headline_colon_attribution():
    c = one("مصادر للميادين: الاشتباكات مستمرة في محيط البلدة.")
    assert c.speaker.org == "Unnamed sources" and c.cue.text == ":"
    assert c.content.text.startswith("الاشتباكات مستمرة")


# --- not claims -------------------------------------------------------------------------------

def test_calls_negations_and_the_outlets_correspondent_are_not_claims():
    _, cs = claims("دعت الأمم المتحدة إلى وقف القتال. ولم تعلن الوزارة أي حصيلة. "
                   "وأفاد مراسل الميادين بأن الطائرات حلقت فوق المدينة.")
    assert cs == []


# --- coreference ------------------------------------------------------------------------------

def test_surname_links_back_to_the_introduced_person():
    _, cs = claims("قال النقيب ماهر يوسف المتحدث باسم الجبهة الوطنية للتحرير إن القصف مستمر. "
                   "وأكد يوسف أن المقاتلين ثابتون.")
    assert [c.speaker.name for c in cs] == ["ماهر يوسف", "ماهر يوسف"]
    assert cs[1].speaker.org == "National Liberation Front"


def test_anaphor_noun_links_to_the_body():
    _, cs = claims("وقال مركز المصالحة الروسي إن الهدنة صامدة. وأضاف المركز أن الخروقات تراجعت.")
    assert [c.speaker.org for c in cs] == ["Russian Ministry of Defence"] * 2


def test_implicit_subject_continues_the_last_speaker():
    _, cs = claims("أكد الناطق باسم الدفاع المدني السوري أن فرقه انتشلت الجثث. وتابع بقوله: “العمل مستمر”.")
    assert len(cs) == 2 and cs[1].speaker.org == "Syria Civil Defence (White Helmets)"
    assert cs[1].content.text == "العمل مستمر"


def test_apposed_name_between_commas():
    c = one("حذّر المتحدث باسم الخارجية الإيرانية، رامي نادر، من تصعيد جديد.")
    assert c.speaker.name == "رامي نادر"
    assert c.speaker.org == "Iranian Ministry of Foreign Affairs"


# --- denials ----------------------------------------------------------------------------------

def test_content_calling_a_claim_false_is_a_denial_with_its_target_claim():
    doc, cs = claims("أعلنت وزارة الدفاع الروسية أن الفصائل انسحبت من التلال. "
                     "وقال الناطق باسم الجبهة الوطنية للتحرير إن ما ذكرته وزارة الدفاع الروسية "
                     "ادعاءات كاذبة وعارية عن الصحة.")
    ru, nlf = cs
    assert ru.stance == "assert" and nlf.stance == "deny"
    assert [(t.org, t.claim) for t in nlf.targets] == [("Russian Ministry of Defence", ru.id)]


def test_failed_justification_phrase_is_a_denial():
    c = one("وأكد الناطق باسم الجبهة الوطنية للتحرير أن بيان وزارة الدفاع التركية "
            "محاولات فاشلة لتبرير القصف.")
    assert c.stance == "deny"
    assert [t.org for t in c.targets] == ["Turkish Ministry of Defence"]


# --- spans ------------------------------------------------------------------------------------

def test_spans_point_into_the_original_text_through_repairs():
    text = "وقال المرصد السوري إن هـ.ـجوماً استهدف البلدة."
    doc, cs = claims(text)
    (c,) = cs
    s, e = c.cue.span
    assert text[s:e] == "وقال"
    s, e = c.speaker.span
    assert text[s:e] == "المرصد السوري"
    s, e = c.content.span
    assert text[s:e] == c.content.text and text[s:e].startswith("هـ.ـجوماً")


def test_long_quote_runs_across_sentences():
    c = one("وقال قائد الشرطة العسكرية الروسية: “انتهت العملية. عادت القوات إلى مواقعها”.")
    assert c.content.text == "انتهت العملية. عادت القوات إلى مواقعها"


def test_drew_attention_is_not_a_statement():
    _, cs = claims("ولفت الوزير الجديد الأنظار إليه حين ألقى كلمته.")
    assert cs == []


def test_denial_target_is_the_body_after_a_claim_word():
    c = one("ونفت الخارجية السورية ما تداولته وسائل إعلام إسرائيلية عن مقتل عناصر من حزب الله.")
    assert c.stance == "deny"
    assert [t.org for t in c.targets] == ["Israeli media"]


def test_unknown_typed_body_speaks_under_its_own_name():
    c = one("وذكرت صحيفة \"جمهورييت\" أن المحادثات توقفت.")
    assert c.speaker.org is None and c.speaker.org_ar == "صحيفة جمهورييت"


def test_unnamed_source_keeps_its_body_phrase_but_stays_unnamed():
    c = one("وقال مصدر في وزارة الخارجية السورية إن الرسالة وصلت.")
    assert c.speaker.org == "Unnamed sources"


def test_headline_subject_before_a_present_verb():
    _, cs = claims("لافروف يحذر من تصعيد خطير في المنطقة.")
    assert [c.speaker.name for c in cs] == ["لافروف"]


def test_relative_clause_speaker():
    c = one("ونشر المحامي سليم حداد، الذي قال إن المحكمة أخطأت، بياناً.")
    assert c.speaker.name == "سليم حداد"


def test_speaking_to_the_outlet_is_not_the_outlet_speaking():
    _, cs = claims("قال المعارض سمير نجم إن الحوار متوقف. وأضاف للميادين، أنّ اللقاءات ستستأنف. "
                   "وقال مراسلنا إن الطرق مغلقة.")
    assert [c.speaker.name for c in cs] == ["سمير نجم", "سمير نجم"]


def test_implicit_subject_agrees_in_gender():
    _, cs = claims("قال المتحدث باسم الجبهة الوطنية للتحرير عمر حداد إن الهدنة خُرقت. "
                   "وقالت وزارة الدفاع التركية إن نقاط المراقبة لم تتأثر. وأضاف أن المقاتلين ردوا.")
    assert [c.speaker.org for c in cs] == ["National Liberation Front", "Turkish Ministry of Defence",
                                           "National Liberation Front"]


# --- phase 2: general rules found on the check set -------------------------------------------

def test_announcement_noun_with_an_official_and_apposed_name():
    _, cs = claims('وجاء القصف بعد إعلان الأمين العام لـ"كتائب سيد الشهداء"، أبي آلاء الولائي، أنّ المقاومة ستوسع عملياتها.')
    (c,) = cs
    assert c.speaker.org == "Kataib Sayyid al-Shuhada" and c.speaker.name == "أبي آلاء الولائي"
    assert c.content.text == "المقاومة ستوسع عملياتها"


def test_embedded_report_with_a_quoted_body_name():
    _, cs = claims('أفادت مصادر محلية بوقوع غارات على البلدة. وأضافت أنّ "هيئة تحرير الشام" أعلنت مقتل عدد من عناصرها.')
    assert [c.speaker.org for c in cs] == ["Unnamed sources", "Unnamed sources", "Hayat Tahrir al-Sham"]
    assert cs[1].content.text.startswith('"هيئة تحرير الشام" أعلنت')  # a quoted name is not the whole quote
    assert cs[2].content.text == "مقتل عدد من عناصرها"


def test_quoted_name_after_a_noun_is_not_the_subject():
    _, cs = claims('وسائل إعلام "إسرائيل" تتحدث عن خلافات داخل الحكومة.')
    assert all(c.speaker.org != "Government of Israel" for c in cs)


def test_followed_with_concern_is_not_a_report():
    _, cs = claims("تابعت الحكومة التركية بقلق التطورات في الشمال.")
    assert cs == []


def test_office_tail_before_an_apposed_name_and_a_later_bare_name():
    _, cs = claims("حذّر مساعد الأمين العام للأمم المتحدة للشؤون الإنسانية، مارتن غريفيث، من توسع الحرب. "
                   "وقال غريفيث إنّ الوضع خطير.")
    assert [(c.speaker.name, c.speaker.org) for c in cs] == [("مارتن غريفيث", "United Nations")] * 2


def test_envoy_posting_before_the_name():
    c = one("وقال السفير الإيراني لدى سوريا، حسين أكبري، إن بلاده مستعدة للتعاون.")
    assert (c.speaker.name, c.speaker.org) == ("حسين أكبري", "Government of Iran")


def test_second_office_before_the_name():
    c = one("وأكد رئيس منظمة بدر ورئيس تحالف نبني في العراق، هادي العامري، أنّ الوجود الأجنبي خطر.")
    assert (c.speaker.name, c.speaker.org) == ("هادي العامري", "Badr Organization")


def test_country_speaking_of_the_battlefield_is_its_defence_ministry():
    _, cs = claims("ادّعت روسيا انسحاب قوات المعارضة من مواقعها بعد قصف عنيف، مؤكدةً تحييد 50 عنصراً.")
    assert [(c.speaker.org, c.speaker.org_ar, c.stance) for c in cs] == [
        ("Russian Ministry of Defence", "روسيا", "allege")] * 2


def test_country_speaking_of_politics_stays_its_government():
    c = one("وأكدت روسيا أنّ الحوار السياسي هو الطريق الوحيد لحل الأزمة.")
    assert c.speaker.org == "Government of Russia"


def test_participle_after_a_plain_verb_takes_that_clause_subject():
    c = one("ومع بدء المعركة،أيّدت وزارة الخارجية السورية المقاومة، مؤكدةً وقوفها إلى جانب الشعب.")
    assert c.speaker.org == "Syrian Ministry of Foreign Affairs" and c.cue.text == "مؤكدةً"


def test_participle_after_the_outlets_own_analyst_is_not_a_claim():
    _, cs = claims("تناول محلل الميادين للشؤون الدولية، ناصر سالم، تعاطي مسؤولي الاحتلال مع العملية، موضحاً أنّ الأمر خطير.")
    assert cs == []


def test_another_outlets_beat_correspondent_speaks_for_that_outlet():
    _, cs = claims("قال مراسل الشؤون العسكرية في القناة 13 الإسرائيلية أور هيلر إنّ التوتر يرتفع، مضيفاً أنّ الأمر خطير.")
    assert [(c.speaker.name, c.speaker.org) for c in cs] == [("أور هيلر", "Israeli media")] * 2


def test_participle_after_the_outlets_correspondent_is_the_outlets():
    _, cs = claims("وأفاد مراسل الميادين بأنّ انفجارات سمعت في المكان، لافتاً إلى أنّ القاعدة قريبة من المعبر.")
    assert cs == []


def test_coordinated_second_verb_keeps_the_speaker():
    _, cs = claims("موسكو تتحدث عن بصمات أوكرانية في الهجوم وتشكك في مواقف واشنطن.")
    assert [(c.speaker.org, c.stance) for c in cs] == [("Government of Russia", "assert"),
                                                        ("Government of Russia", "deny")]
    assert [t.org for t in cs[1].targets] == ["Government of the United States"]


def test_renewed_affirmation_is_a_cue():
    c = one("هنية يجدد تأكيد انفتاح الحركة على أي مبادرة.")
    assert c.speaker.name == "هنية" and c.cue.text == "يجدد تأكيد" and c.stance == "assert"


def test_unnamed_ministers_of_a_body():
    c = one("ووفقاً لادعاءات وزراء في الكابينت، فإنّ رئيس الحكومة يستخف بالقرارات.")
    assert (c.speaker.role, c.speaker.org_ar, c.stance) == ("وزراء", "الكابينت", "allege")


def test_reporting_verb_glued_to_the_next_preposition():
    c = one("وكان الرئيس التركي، رجب طيب إردوغان، قد أكدفي كلمة متلفزة وقوف بلاده إلى جانب لبنان.")
    assert (c.speaker.name, c.speaker.org, c.cue.text) == ("رجب طيب إردوغان", "Turkish Presidency", "أكد")


def test_a_title_and_name_take_no_unlinked_body_after_them():
    _, cs = claims('قال الأمين العام لحزب الله السيد حسن نصر الله إنّ المقاومة جاهزة. '
                   'وأشاد السيد نصر الله بمعادلة "الجيش والشعب والمقاومة"، مشدداً على أنّها قائمة.')
    assert {(c.speaker.name, c.speaker.org) for c in cs} == {("حسن نصر الله", "Hezbollah")}


# --- a speaker in the accusative (after أنّ / إنّ / لكنّ / يُذكر أنّ) --------------------------

def test_unnamed_source_in_the_accusative_after_anna():
    c = one("يُذكر أنّ مصدراً طبياً سورياً أعلن وفاة 6 مصابين في مستشفى حمص.")
    assert c.speaker.org == "Unnamed sources"
    assert c.speaker.org_ar.startswith("مصدراً طبياً")  # the case ending stays in the name as written
    assert c.content.text.startswith("وفاة 6 مصابين")


def test_accusative_source_inside_an_outlet_report_gets_its_own_claim():
    _, cs = claims("وكانت وكالة سانا قد نقلت أنّ مصدرا ميدانيا أكد تدمير 3 آليات في ريف دير الزور.")
    inner = [c for c in cs if c.speaker.org == "Unnamed sources"]
    assert len(inner) == 1 and inner[0].content.text.startswith("تدمير 3 آليات")


def test_accusative_official_with_an_adjective_of_any_kind():
    c = one("وأشار إلى أنّ مسؤولاً عسكرياً رفيعاً قال إن الضربة أصابت مستودعاً للذخيرة.")
    assert c.speaker.org == "Unnamed sources" and c.speaker.org_ar.startswith("مسؤولاً عسكرياً")
    assert c.content.text.startswith("الضربة أصابت")


def test_plural_officials_in_the_accusative_after_lakinna():
    c = one("لكنّ مسؤولين أميركيين أكدوا أن الطائرة عادت إلى قاعدتها.")
    assert (c.speaker.org, c.speaker.org_ar) == ("Unnamed sources", "مسؤولين أميركيين")


def test_lakinna_needs_a_known_speaker_before_the_verb():
    _, cs = claims("لكن الدكتور سامي تمسك بالموقف: لا تنازل عن الأرض.")
    assert cs == []


def test_denial_of_a_countrys_story_answers_that_countrys_ministry():
    _, cs = claims("ادعت وزارة الدفاع الروسية أن المسلحين هاجموا مواقع الجيش.\n"
                   "في المقابل، نفى الناطق باسم جيش العزة الرواية الروسية، وقال إن الفصائل تدافع عن مواقعها.")
    denial = [c for c in cs if c.stance == "deny"][0]
    assert [t.org for t in denial.targets] == ["Russian Ministry of Defence"]


def test_name_stops_at_the_story_it_denies():
    _, cs = claims("نفى الناطق العسكري باسم جيش العزة مصطفى معراتي الرواية الروسية، وقال إن الفصائل تدافع عن مواقعها.")
    assert {c.speaker.name for c in cs} == {"مصطفى معراتي"}
