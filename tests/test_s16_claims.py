"""Session 16 claims round: cues, speakers and stances the open checks missed (texts written here)."""
from rasid.extract.claims import find_claims
from rasid.model import DocMeta
from rasid.text.prepare import prepare


def claims(text):
    doc = prepare(text, DocMeta(id="t"))
    return [(c.speaker.name, c.speaker.org, c.speaker.org_ar, c.stance) for c in find_claims(doc)]


# --- plural present forms of cues the table had only in the singular -------------------------

def test_a_plural_subject_admits_with_the_plural_present_verb():
    got = claims("جنود إسرائيليون يؤكدون تضرر الموقع ويقرون بعجزهم عن حمايته.")
    assert ("جنود إسرائيليون", "admit") in [(org_ar, stance) for _, _, org_ar, stance in got], got


def test_plural_present_denial_of_doubt():
    got = claims("ناشطون يشككون في رواية الجيش عن الغارة.")
    assert [stance for *_, stance in got] == ["deny"], got


# --- participles the table lacked: describing, accusing, deeming likely -----------------------

def test_describing_participle_after_a_condemnation_asserts():
    got = claims("واستهجنت وزارة الخارجية الفرنسية القصف، واصفةً إياه بالعمل الجبان.")
    assert [(org_ar, stance) for _, _, org_ar, stance in got] == [("وزارة الخارجية الفرنسية", "assert")], got


def test_accusing_participle_needs_a_charge():
    got = claims("ووعد الرئيس التركي الناخبين بوظائف جديدة، متهماً المعارضة بتضليلهم.")
    assert [(org, stance) for _, org, _, stance in got] == [("Turkish Presidency", "assert")], got
    assert claims("وبقيت الحكومة متهمة في نظر الشارع.") == []


# --- a participle's subject found by a name the article gave in full ends with that name ----------

def test_a_known_surname_subject_does_not_swallow_the_object():
    got = claims("قال رئيس البرلمان سامر حدّاد إنّ التعاون مستمر. وثمّن حدّاد جهود الضيوف الكرام، مشيراً إلى أنها مهمة.")
    assert {name for name, *_ in got} == {"سامر حدّاد"}, got


# --- a country's name in an article where its foreign ministry speaks is that ministry --------

def test_the_country_speaks_through_its_foreign_ministry():
    got = claims("قالت وزارة الخارجية السورية في بيان إنّ القصف عدوان سافر. وتؤكد سوريا أنّ هذه الاعتداءات لن تثنيها عن الدفاع عن أرضها.")
    assert {org for _, org, _, _ in got} == {"Syrian Ministry of Foreign Affairs"}, got


def test_the_country_stays_itself_beside_a_named_minister():
    got = claims("وقال وزير الخارجية الروسي سيرغي لافروف إنّ الغرب يصعّد. وأكدت روسيا أنّها سترد على نشر الأسلحة.")
    assert "Government of Russia" in {org for _, org, _, _ in got}, got


# --- words that deny what another said happened: it did not happen, there is none ---------------

def test_it_did_not_happen_where_said_is_a_denial():
    got = claims("وقال المتحدث باسم الحكومة اللبنانية إنّ القصف لم يقع داخل الأراضي اللبنانية.")
    assert [stance for *_, stance in got] == ["deny"], got


def test_the_absence_of_any_is_a_denial():
    got = claims("وأكد مصدر عسكري للصحيفة عدم وجود أي قواعد أجنبية في المنطقة.")
    assert [stance for *_, stance in got] == ["deny"], got


# --- a body the tables lack, spelled twice with a type noun more or an adjective's gender --------

def test_two_spellings_of_one_unknown_outlet_are_one_speaker():
    got = claims("ذكر موقع شبكة \"ذا ميدل غراوند\" الأسترالية أنّ المحور متماسك. وأضاف موقع \"ذا ميدل غراوند\" الأسترالي أنّ الوصف غير دقيق.")
    assert len({org_ar for _, _, org_ar, _ in got}) == 1, got


# --- an outlet that relays someone's words (نقلت X قولَ Y) is no claimant; Y is ---------------------

def test_relayed_words_by_quote_of_belong_to_their_owner():
    got = claims("ونقلت وكالة رويترز قول مسؤول أمني إنّ الطائرات المسيّرة أسقطت فوق البادية.")
    assert [(org, org_ar) for _, org, org_ar, _ in got] == [("Unnamed sources", "مسؤول أمني")], got


# --- a name does not run on into a second party joined by و ----------------------------------

def test_a_name_stops_before_a_party_joined_by_wa():
    got = claims("ثم أكدت الصحافية ليلى سمعان والوفد المرافق أنّ الزيارة انتهت.")
    assert [name for name, *_ in got] == ["ليلى سمعان"], got
    assert [name for name, *_ in claims("واتهم بن والاس، وزير الدفاع، الحكومة بالتقصير.")] == ["بن والاس"]


# --- plural groups the tables lack speak as one; a name stops at و -----------------------------

def test_plural_groups_named_in_quotes_speak():
    got = claims('وقالت مجموعات "شباب الثأر" في بيان إنّ الرد قادم.')
    assert [org_ar for _, _, org_ar, _ in got] == ["مجموعات شباب الثأر"], got


def test_an_unknown_body_name_stops_at_wa():
    got = claims("ووفقاً لمجموعات أعمال وخبراء اقتصاديين فإن الزلزال قد يكلف البلاد مئة مليار دولار.")
    assert [org_ar for _, _, org_ar, _ in got] == ["مجموعات أعمال"], got


def test_a_headline_subject_explains():
    got = claims("وزير الاقتصاد يشرح أسباب ارتفاع الأسعار في الأسواق.")
    assert [stance for *_, stance in got] == ["assert"], got


# --- a person's name: foreign names spelt with أل, a surname with or without the article ------

def test_a_foreign_name_spelt_with_hamza_al_after_an_office_is_the_holders_name():
    got = claims("قال المبعوث الروسي ألكسندر يفيموف إن المفاوضات ستُستأنف قريباً.")
    assert [(name, stance) for name, _, _, stance in got] == [("ألكسندر يفيموف", "assert")], got
    got = claims("قال المبعوث الروسي الجديد إن المفاوضات ستُستأنف قريباً.")  # the article: no name
    assert [name for name, *_ in got] == [None], got


def test_a_lone_surname_with_the_article_is_the_full_name_without_it():
    got = claims("أكد قائد الثورة الإسلامية في إيران السيد علي خامنئي أن الرد قادم. "
                 "وأضاف السيد الخامنئي أن المنطقة تتغير.")
    assert {(name, org) for name, org, _, _ in got} == {("علي خامنئي", "Supreme Leader of Iran")}, got


def test_only_the_surname_links_with_or_without_the_article():
    from rasid.extract.claims.records import _surname_with_article
    from rasid.text.normalize import fold
    assert _surname_with_article(fold("علي خامنئي"), fold("الخامنئي"))
    assert _surname_with_article(fold("بشار الأسد"), fold("أسد")) is False  # too short to tell
    assert not _surname_with_article(fold("أبو مهدي المهندس"), fold("المهدي"))  # a given name, not his surname
    assert not _surname_with_article(fold("أبو مهدي المهندس"), fold("عادل عبد المهدي"))
