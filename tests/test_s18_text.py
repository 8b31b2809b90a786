"""Session 18, the text stage: spaces the publisher's CMS lost between two words come back."""
from __future__ import annotations

import pytest

from rasid.model import DocMeta
from rasid.text.prepare import prepare


def _text(original: str) -> str:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.repairs == []
    return doc.text


@pytest.mark.parametrize("original,text", [
    ("وأصابت الضربة سفينة في البحر المتوسطبالصواريخ الموجهة.", "وأصابت الضربة سفينة في البحر المتوسط بالصواريخ الموجهة."),
    ("واستهدفت الفصائل موقعاً في الجنوب المحتلبالطائرات المسيرة.",
     "واستهدفت الفصائل موقعاً في الجنوب المحتل بالطائرات المسيرة."),
    ("وقصفت المدفعية البلدة بالقذائف بالأمس.", "وقصفت المدفعية البلدة بالقذائف بالأمس."),  # ب opening its word
])
def test_a_definite_word_glued_with_its_ba_comes_apart(original: str, text: str) -> None:
    assert _text(original) == text


@pytest.mark.parametrize("original,text", [
    ("وصعّد المقاتلونضد القرى المجاورة هجماتهم.", "وصعّد المقاتلون ضد القرى المجاورة هجماتهم."),
    ("وتحدثعن خسائر كبيرة في صفوف القوات.", "وتحدث عن خسائر كبيرة في صفوف القوات."),
    ("وسقطت الصواريخعند مدخل البلدة.", "وسقطت الصواريخ عند مدخل البلدة."),
    ("وهو أول قصفمنذ بداية الهدنة.", "وهو أول قصف منذ بداية الهدنة."),
    ("وقدّم المحامي الطعن أمام المحكمة.", "وقدّم المحامي الطعن أمام المحكمة."),  # words that end so
])
def test_a_preposition_glued_to_the_end_of_the_word_before_comes_apart(original: str, text: str) -> None:
    assert _text(original) == text


@pytest.mark.parametrize("original,text", [
    ("وقالت الوزارة إن القافلة تعرّضتلهجوم قرب الحدود.", "وقالت الوزارة إن القافلة تعرّضت لهجوم قرب الحدود."),
    ("وتعرضتمواقع عسكرية للقصف ليلاً.", "وتعرضت مواقع عسكرية للقصف ليلاً."),
    ("وأكدت الفصائل أنها ضربتهدفاً عسكرياً في الجنوب.", "وأكدت الفصائل أنها ضربت هدفاً عسكرياً في الجنوب."),
    ("وضربتهم القوات بعد أن تعرضتها النيران.", "وضربتهم القوات بعد أن تعرضتها النيران."),  # a pronoun on the verb
])
def test_an_attack_verb_glued_to_the_word_after_comes_apart(original: str, text: str) -> None:
    assert _text(original) == text


@pytest.mark.parametrize("original,text", [
    ("وأعلن المتحدث أنّهسيتم الرد في الوقت المناسب.", "وأعلن المتحدث أنّه سيتم الرد في الوقت المناسب."),
    ("وأضاف أنّهلم يصب أحد بأذى.", "وأضاف أنّه لم يصب أحد بأذى."),
    ("وأفاد مصدر بأنّهجوماً بالمسيّرات استهدف الموقع.", "وأفاد مصدر بأنّ هجوماً بالمسيّرات استهدف الموقع."),
    ("ورأى أنّهذا التصعيد خطير.", "ورأى أنّ هذا التصعيد خطير."),
    ("وقال إنّهم انسحبوا وأنّهما عادا وأنّه باقٍ.", "وقال إنّهم انسحبوا وأنّهما عادا وأنّه باقٍ."),  # the pronoun's own
])
def test_a_word_glued_to_the_particle_anna_and_its_pronoun_comes_apart(original: str, text: str) -> None:
    assert _text(original) == text


@pytest.mark.parametrize("original,text", [
    ("وشنّ الطيران الإسرائيليهجوماًجديداً على المطار.", "وشنّ الطيران الإسرائيلي هجوماً جديداً على المطار."),
    ("وعاد الهدوء إلى ديرالزورللميادين أمس.", "وعاد الهدوء إلى دير الزور للميادين أمس."),
    ("ونفّذ الجيش السوريهجوماًواسعاً على التلال.", "ونفّذ الجيش السوري هجوماً واسعاً على التلال."),
    ("ووصلت القافلة بالمسيراتوالسلاح إلى المدينة.", "ووصلت القافلة بالمسيرات والسلاح إلى المدينة."),
])
def test_the_pieces_a_cut_leaves_are_read_again(original: str, text: str) -> None:
    assert _text(original) == text


@pytest.mark.parametrize("original,text", [
    ("وصلت التعزيزات إلى المدينة.وقال مصدر إن الوضع هادئ.", "وصلت التعزيزات إلى المدينة. وقال مصدر إن الوضع هادئ."),
    ("انتهى الاجتماع في العاصمة.البيان الختامي صدر مساءً.", "انتهى الاجتماع في العاصمة. البيان الختامي صدر مساءً."),
    ("وأطلق المسلحون قذائف آر.بي.جي على الحاجز.", "وأطلق المسلحون قذائف آر.بي.جي على الحاجز."),  # an abbreviation
    ("وقال: \"سنرد قريباً\".وأضاف الوزير أن الرد سيكون قاسياً.", "وقال: \"سنرد قريباً\". وأضاف الوزير أن الرد سيكون قاسياً."),
])
def test_a_sentence_glued_after_a_full_stop_starts_a_new_sentence(original: str, text: str) -> None:
    assert _text(original) == text
    doc = prepare(original, DocMeta(id="t"))
    assert len(doc.sentences) == text.count(". ") + 1


@pytest.mark.parametrize("original,text", [
    ("وتحدث الأهالي عن وقوعقتلى بين المدنيين.", "وتحدث الأهالي عن وقوع قتلى بين المدنيين."),
    ("وأفاد المراسل بوقوعقصف مدفعي على القرية.", "وأفاد المراسل بوقوع قصف مدفعي على القرية."),
    ("وشنّت الفصائل المدعومة من إيرانهجوماً على التلة.", "وشنّت الفصائل المدعومة من إيران هجوماً على التلة."),
    ("وتصدت الدفاعات لصواريخاعتداء جديد.", "وتصدت الدفاعات لصواريخ اعتداء جديد."),
    ("واستمر القصف العدواني الهجومي وتقصف المدافع.", "واستمر القصف العدواني الهجومي وتقصف المدافع."),  # its own words
])
def test_an_attack_or_toll_noun_glued_to_the_word_before_comes_apart(original: str, text: str) -> None:
    assert _text(original) == text


@pytest.mark.parametrize("original,text", [
    ("وأعلنت الفصائل ضربهاهدفاً عسكرياً.", "وأعلنت الفصائل ضربها هدفاً عسكرياً."),
    ("وأكدت المقاومة استهدافهاهدفاً حيوياً.", "وأكدت المقاومة استهدافها هدفاً حيوياً."),
    ("وعززت الدولة قواته وقواتهم على الحدود.", "وعززت الدولة قواته وقواتهم على الحدود."),  # the pronoun
])
def test_a_word_opening_on_ha_glued_after_the_pronoun_ha_comes_apart(original: str, text: str) -> None:
    assert _text(original) == text
