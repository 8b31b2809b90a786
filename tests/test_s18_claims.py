"""Session 18 claims round: speakers the open checks misread (texts written here)."""
from rasid.extract.claims import find_claims
from rasid.model import DocMeta
from rasid.text.prepare import prepare


def claims(text):
    doc = prepare(text, DocMeta(id="t"))
    return [(c.speaker.name, c.speaker.org, c.cue.text, c.stance) for c in find_claims(doc)]


# --- a warned or accused noun the verb's gender cannot take for subject is its object ----------

def test_feminine_warning_verb_before_a_masculine_body_keeps_the_ministry():
    got = claims("وقالت وزارة الخارجية اليمنية، في بيان، إن الهجوم عدوان سافر. "
                 "وحذرت الاحتلال من تجاوز الخطوط الحمراء، مؤكدةً حق لبنان في الرد.")
    assert {org for _, org, _, _ in got} == {"Yemeni Ministry of Foreign Affairs"}, got


def test_feminine_accusing_verb_before_a_masculine_person_keeps_the_accuser():
    got = claims("وقد شككت المعارضة التركية في هذه الأرقام، واتهمت الرئيس بتضليل الناخبين.")
    assert ("Turkish opposition", "واتهمت") in {(org, cue) for _, org, cue, _ in got}, got


def test_agreeing_subject_after_a_warning_verb_still_speaks():
    got = claims("وحذرت الخارجية الروسية من تصعيد خطير في المنطقة.")
    assert [org for _, org, _, _ in got] == ["Russian Ministry of Foreign Affairs"], got


# --- a name set off after its office may close the sentence or open a quote -----------------

def test_according_to_an_office_then_its_holder_at_the_sentence_end():
    got = claims("وارتفعت الصادرات بنسبة كبيرة هذا العام، بحسب وزير الصناعة والتجارة الداخلية الأردني، سامي يوسف الخطيب.")
    assert [(name, stance) for name, _, _, stance in got] == [("سامي يوسف الخطيب", "assert")], got


def test_office_then_its_holder_then_a_colon():
    got = claims("وقال منسق الشؤون الإنسانية في الأمم المتحدة، مارك سميث: إنّ المساعدات لا تكفي.")
    assert {name for name, _, _, _ in got} == {"مارك سميث"}, got


def test_office_then_one_word_before_the_period_takes_no_name():
    got = claims("وأكد الناطق باسم الجيش، إنّ القوات تقدمت في المنطقة، بحسب المتحدث، العميد.")
    assert all(name != "العميد" for name, _, _, _ in got), got


# --- a holder's name closing a long office, no comma before it --------------------------------

def test_name_after_a_title_that_closes_the_office_tail():
    got = claims("وقال نائب قائد القوة البحرية في حرس الثورة العميد حامد رضائي في تصريح إنّ الأسطول جاهز.")
    assert [name for name, _, _, _ in got] == ["حامد رضائي"], got


def test_name_after_a_posting_and_a_second_office():
    got = claims("وأكد المبعوث البريطاني إلى ليبيا السفير جون هاريس أنّ المحادثات متعثرة.")
    assert [(name, org) for name, org, _, _ in got] == [("جون هاريس", "Government of the United Kingdom")], got


def test_name_closing_an_office_with_its_purpose():
    got = claims("وأكد المبعوث الخاص للرئيس الروسي للشؤون الأفريقية سيرغي كوزلوف، اليوم، أنّ الاجتماع قريب.")
    assert [name for name, _, _, _ in got] == ["سيرغي كوزلوف"], got


def test_a_second_genitive_of_the_office_is_no_name():
    got = claims("وأوضح معاون وزير الشؤون الاجتماعية لشؤون التنمية وإدارة الكوارث أنّ الفريق وصل.")
    assert all(name is None for name, _, _, _ in got), got


def test_sources_take_no_name_from_their_tail():
    got = claims("وتفيد المصادر المقربة من دوائر الحزب الحاكم في أنقرة، بأنّ الحكومة تدرس العرض.")
    assert all(name is None for name, _, _, _ in got), got


def test_a_book_title_in_quotes_is_no_report():
    assert claims('وكتب الباحث الأميركي جون سميث كتاباً بعنوان "الحرب الطويلة" عن تجربته.') == []
