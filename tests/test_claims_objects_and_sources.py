"""Claims precision: the object of a verb is no speaker, and an official source of a body that
speaks itself is that body (texts written here)."""
from rasid.extract.claims import find_claims
from rasid.model import DocMeta
from rasid.text.prepare import prepare


def speakers(text):
    doc = prepare(text, DocMeta(id="t"))
    return [(c.speaker.name, c.speaker.org, c.stance) for c in find_claims(doc)]


# --- the one warned or accused, joined by و, is a second object, not a second speaker ----------

def test_bodies_joined_after_the_warned_object_do_not_speak():
    got = speakers("وحذّرت إيران الولايات المتحدة وإسرائيل من أي مغامرة عسكرية جديدة في المنطقة.")
    assert got == [(None, "Government of Iran", "assert")]


def test_two_bodies_joined_before_the_warning_both_speak():
    got = speakers("حذرت موسكو وطهران من تصعيد خطير في المنطقة.")
    assert {org for _, org, _ in got} == {"Government of Russia", "Government of Iran"}


# --- وصف X بـ: the one described ------------------------------------------------------------

def test_the_noun_described_right_after_the_verb_is_not_the_speaker():
    got = speakers("الرئيس التركي يقول إن المنظمة الدولية عاجزة عن وقف الحرب ويصف نتنياهو بمصاص الدماء.")
    assert all(org != "Israeli Prime Minister's Office" for _, org, _ in got), got


def test_a_describer_with_his_object_between_still_speaks():
    got = speakers("صرّح المتحدث باسم وزارة الدفاع الإيرانية، العميد رضا طلائي، بأنّ الرد قادم. "
                   "ووصف طلائي العدوان بأنّه فشل ذريع.")
    assert len(got) == 2 and all(name == "رضا طلائي" for name, _, _ in got), got


def test_a_quoted_body_described_is_not_the_speaker():
    got = speakers('وقال الرئيس التركي إن الحرب ظالمة، إذ وصف "إسرائيل بأنها تتصرف كتنظيم إرهابي".')
    assert all(org != "Government of Israel" for _, org, _ in got), got


# --- an unnamed source in a body that speaks itself --------------------------------------------

def test_an_official_source_in_a_ministry_that_speaks_is_the_ministry():
    got = speakers("وقال مصدر رسمي في وزارة الخارجية السورية إن التصريحات تهديد للمنطقة. "
                   "وقالت وزارة الخارجية السورية في بيان إن الاعتداء مدان.")
    assert {org for _, org, _ in got} == {"Syrian Ministry of Foreign Affairs"}, got


def test_a_source_in_a_ministry_that_does_not_speak_stays_unnamed():
    got = speakers("وقال مسؤول عسكري في وزارة الدفاع الأميركية إن الهجوم فشل. "
                   "وقالت المقاومة الإسلامية في العراق إنها استهدفت القاعدة.")
    assert {org for _, org, _ in got} == {"Unnamed sources", "Islamic Resistance in Iraq"}, got


# --- كان X قد VERB: the subject stands before قد ---------------------------------------------

def test_the_subject_between_kana_and_qad_speaks_not_the_time_phrase_after_the_verb():
    got = speakers("وكان الأسد قد أعرب خلال لقائه المبعوث الخاص للرئيس الروسي، انفتاحه على كل المبادرات.")
    assert got == [("الأسد", "Syrian Presidency", "assert")], got


def test_the_subject_between_kana_and_qad_speaks_not_the_object_after_the_verb():
    got = speakers("وكانت روسيا قد حذرت تركيا من شبكة التنظيم العاملة في آسيا الوسطى.")
    assert got == [(None, "Government of Russia", "assert")], got
