"""prepare(): the offset map, boilerplate and segmentation that every stage stands on."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.model import DocMeta
from rasid.text.boilerplate import boilerplate_lines
from rasid.text.prepare import prepare

META = DocMeta(id="t")

ARTICLE = (
    "قالت مصادر محلية إن هـ.ـجوماً استهدف بلدة في ريف حماة.\n"
    "إقرأ أيضاً: الجيـ.ـش يعلن السيطرة على تلة\n"
    "وأضافت المصادر أن القتـ.ـلى بالعشرات، فيما تستمر الاشـــتباكات.\n"
    "تابعونا على تلغرام لمزيد من الأخبار\n"
    "الصورة: أرشيفية من موقع الهجوم\n"
    "وختم البيان: “لن نتراجع”."
)


def test_boilerplate_lines_are_dropped_from_text() -> None:
    doc = prepare(ARTICLE, META)
    assert "إقرأ" not in doc.text
    assert "تابعونا" not in doc.text
    assert "الصورة" not in doc.text
    assert "وختم البيان" in doc.text


def test_repairs_are_logged_in_boilerplate_too() -> None:
    """An evasion in a read-also line is still an evasion of the page."""
    originals = [r.original for r in prepare(ARTICLE, META).repairs]
    assert originals == ["هـ.ـجوماً", "الجيـ.ـش", "القتـ.ـلى", "الاشـــتباكات"]


@pytest.fixture
def doc():
    return prepare(ARTICLE, META)


def test_text_positions_map_back_to_original(doc) -> None:
    start = doc.text.index("هجوماً")
    s, e = doc.to_original(start, start + len("هجوماً"))
    assert ARTICLE[s:e] == "هـ.ـجوماً"
    start = doc.text.index("وختم")
    s, e = doc.to_original(start, start + 4)
    assert ARTICLE[s:e] == "وختم"


def test_segments(doc) -> None:
    sentences = [doc.text[s.start:s.end] for s in doc.sentences]
    assert sentences[0].startswith("قالت مصادر") and sentences[0].endswith("حماة.")
    assert len(doc.paragraphs) == 3
    clauses = [doc.text[c.start:c.end] for c in doc.clauses]
    assert "وأضافت المصادر أن القتلى بالعشرات،" in clauses
    assert "وختم البيان:" in clauses


def test_no_sentence_break_in_decimals_or_abbreviations() -> None:
    doc = prepare("ارتفع المؤشر 3.5 نقطة وفق أ.ف.ب أمس. ثم تراجع.", META)
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [
        "ارتفع المؤشر 3.5 نقطة وفق أ.ف.ب أمس.", "ثم تراجع."]


def test_clause_split_ignores_commas_inside_quotes() -> None:
    doc = prepare("قال المتحدث: «قصفنا الموقع، ودمرنا الآليات» في بيان.", META)
    assert [doc.text[c.start:c.end] for c in doc.clauses] == [
        "قال المتحدث:", "«قصفنا الموقع، ودمرنا الآليات» في بيان."]


def test_ordinary_lines_are_not_boilerplate() -> None:
    text = "اقرأ البيان الكامل في الأسفل\nصورة الوضع الميداني تغيرت كثيراً خلال الأسبوع الماضي بعد المعارك"
    assert boilerplate_lines(text) == []


# --- properties -------------------------------------------------------------------------------

PIECES = st.sampled_from([
    "هـ.ـجوم", "القتـ.ـلى", "الجي\u200bش", "إرهابی", "ال*احتلال", "قصف", "مدفعي", "في", "ريف",
    "إدلب،", "أمس.", "“الجيش”", "3.5", "\n", "إقرأ أيضاً: خبر", "\n",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=30).map(" ".join))
def test_every_text_character_comes_from_the_original(text: str) -> None:
    doc = prepare(text, META)
    assert doc.offsets.original(len(doc.text)) == len(text)
    inside = {i for r in doc.repairs for i in range(*r.span)}
    for i, ch in enumerate(doc.text):
        src = doc.offsets.original(i)
        assert text[src] == ch or src in inside
    for r in doc.repairs:
        assert text[r.span[0]:r.span[1]] == r.original


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=30).map(" ".join))
def test_segments_cover_text_in_order(text: str) -> None:
    doc = prepare(text, META)
    for segs in (doc.paragraphs, doc.sentences, doc.clauses):
        for a, b in zip(segs, segs[1:]):
            assert a.end <= b.start
        for s in segs:
            assert 0 <= s.start < s.end <= len(doc.text)
            o_s, o_e = doc.to_original(s.start, s.end)
            assert 0 <= o_s < o_e <= len(text)


def test_original_positions_map_to_text(doc) -> None:
    s = ARTICLE.index("هـ.ـجوماً")
    ts, te = doc.to_text(s, s + len("هـ.ـجوماً"))
    assert doc.text[ts:te] == "هجوماً"
    s = ARTICLE.index("إقرأ")  # inside a dropped line: an empty stretch where the line was
    ts, te = doc.to_text(s, s + 4)
    assert ts == te


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=30).map(" ".join))
def test_to_text_inverts_to_original(text: str) -> None:
    doc = prepare(text, META)
    for t in range(len(doc.text)):
        o_s, o_e = doc.to_original(t, t + 1)
        ts, te = doc.to_text(o_s, o_e)
        assert ts <= t < te


@pytest.mark.parametrize("original,text", [
    ("وقال مراسلالميادينفي دمشق إن القصف توقف.", "وقال مراسل الميادين في دمشق إن القصف توقف."),
    ("وأكدت مصادرللميادينأنّ القصف توقف.", "وأكدت مصادر للميادين أنّ القصف توقف."),
    ("وقال والميادين وبالميادين وللميادين.", "وقال والميادين وبالميادين وللميادين."),  # proclitics, no lost space
    ("وقال في حديثه إلىالميادين إن القصف توقف.", "وقال في حديثه إلىالميادين إن القصف توقف."),  # not the town
    ("وأفادت مراسلةالميادين بأن القصف توقف.", "وأفادت مراسلة الميادين بأن القصف توقف."),
])
def test_spaces_lost_around_link_text_come_back(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []  # not an evasion spelling
    i = doc.text.index("الميادين") if "الميادين" in doc.text else doc.text.index("للميادين")
    a, b = doc.to_original(i, i + 8)
    assert original[a:b] == doc.text[i:i + 8]


@pytest.mark.parametrize("original,text", [
    ("اندلعت اشتباكات عنيفةعلى محور البلدة.", "اندلعت اشتباكات عنيفة على محور البلدة."),
    ("وصل الوفد إلىدمشق أمس.", "وصل الوفد إلى دمشق أمس."),
    ("قصفت المدفعية مدينتهم ومبناهم.", "قصفت المدفعية مدينتهم ومبناهم."),  # ت and ا before a suffix
    ("مدينةـ حلب", "مدينةـ حلب"),  # a stretched end, not a glued word
])
def test_a_letter_after_a_word_final_letter_starts_a_new_word(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وأكّدتوزارة الصحة أنّ المستشفى تضرّر.", "وأكّدت وزارة الصحة أنّ المستشفى تضرّر."),
    ("ونقلتالصحيفة عن مسؤول قوله إنّ الاتفاق قريب.", "ونقلت الصحيفة عن مسؤول قوله إنّ الاتفاق قريب."),
    ("وهو ما أعربت عنهمصادر مطلعة.", "وهو ما أعربت عنه مصادر مطلعة."),
    ("قالت موقعة البيان إنّ الرد قادم.", "قالت موقعة البيان إنّ الرد قادم."),  # spaced already
    ("ونفتالي بينيت تحدّث أمس.", "ونفتالي بينيت تحدّث أمس."),  # a name, not نفت + a body
])
def test_a_body_glued_to_its_reporting_verb_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وذكر التقرير أنّالمصرف المركزي خفّض الفائدة.", "وذكر التقرير أنّ المصرف المركزي خفّض الفائدة."),
    ("وأفاد المرصد بأنّغارات استهدفت البلدة.", "وأفاد المرصد بأنّ غارات استهدفت البلدة."),
    ("وقال الوزير إنّقصفاً طال المدينة.", "وقال الوزير إنّ قصفاً طال المدينة."),
    ("وأوضح أنالمحكمة رفضت الطعن.", "وأوضح أن المحكمة رفضت الطعن."),  # no shadda: ال and a long noun
    ("وأكد أنّه وصل، وإنّما تأخر، وأنّنا هنا.", "وأكد أنّه وصل، وإنّما تأخر، وأنّنا هنا."),  # pronouns, إنّما
    ("والتقت أنالينا بوزير الخارجية.", "والتقت أنالينا بوزير الخارجية."),  # a name: أنال… and a short rest
    ("وقال الرئيسإنّ الحرب انتهت.", "وقال الرئيس إنّ الحرب انتهت."),  # glued to the word before
    ("وذكر مسؤول أميركيأنّ الاتفاق قريب.", "وذكر مسؤول أميركي أنّ الاتفاق قريب."),
    ("ثم اطمأنّ الناس، وقيل بأنّ ولأنّ وكأنّ.", "ثم اطمأنّ الناس، وقيل بأنّ ولأنّ وكأنّ."),  # a verb, proclitics
])
def test_a_noun_glued_to_the_particle_anna_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وأعلن المتحدث عن اغتيالالمستشار العسكري في دمشق.", "وأعلن المتحدث عن اغتيال المستشار العسكري في دمشق."),
    ("وكانالمتحدث باسم الجيش قد نفى ذلك.", "وكان المتحدث باسم الجيش قد نفى ذلك."),
    ("توقفت الرحلات بعدالتصعيد الأخير.", "توقفت الرحلات بعد التصعيد الأخير."),
    ("استهدفت الطائرات قاعدتين في سورياوالعراق.", "استهدفت الطائرات قاعدتين في سوريا والعراق."),  # و + ال
    ("وصلت المساعدات إلى لبنان وسوريالنقل الجرحى.", "وصلت المساعدات إلى لبنان وسوريا لنقل الجرحى."),  # ـيا + ل…
    ("وزار عبدالكريم ومقاتلوالفصائل أبوالفضل.", "وزار عبدالكريم ومقاتلو الفصائل أبوالفضل."),  # names; a construct plural
    ("وزار الوفد المدينة ومعالمها الأثرية.", "وزار الوفد المدينة ومعالمها الأثرية."),  # ال takes no possessive
    ("وحطّ الوفد في مطار حلبالدولي صباحاً.", "وحطّ الوفد في مطار حلب الدولي صباحاً."),
])
def test_a_definite_word_glued_to_the_word_before_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("نظّم الأهالي خلالوقفة احتجاجية أمس.", "نظّم الأهالي خلال وقفة احتجاجية أمس."),
    ("وتضرر المبنى جراءاعتداء جديد.", "وتضرر المبنى جراء اعتداء جديد."),
    ("واستهدفت القاعدة عبرطائرة مسيّرة.", "واستهدفت القاعدة عبر طائرة مسيّرة."),
    ("ووصل الوفد بعدما انتهى الاجتماع، بعدها عاد.", "ووصل الوفد بعدما انتهى الاجتماع، بعدها عاد."),  # words
    ("وقال الباحث فراس خلالاوي إنّ الوضع هادئ.", "وقال الباحث فراس خلالاوي إنّ الوضع هادئ."),  # a family name
    ("وانسحب المسلحون حسبماأفادت مصادر بعدماقصفت الطائرات البلدة.",
     "وانسحب المسلحون حسبما أفادت مصادر بعدما قصفت الطائرات البلدة."),
    ("وعاد الهدوء فيماأكدت الوزارة أنّ التحقيق مستمر حسبوكالة الأنباء.",
     "وعاد الهدوء فيما أكدت الوزارة أنّ التحقيق مستمر حسب وكالة الأنباء."),
    ("وتحدث عنعدوان جديد على بلدة عنجارة.", "وتحدث عن عدوان جديد على بلدة عنجارة."),  # a village's name
    ("وسقطت قذيفة فيقاعدة عسكرية فيالمنطقة فيمحيط البلدة.",
     "وسقطت قذيفة في قاعدة عسكرية في المنطقة في محيط البلدة."),
    ("ويرتفع السعر فيطال الخبز، فيتوزع الخبز على الناس في فيتنام.",
     "ويرتفع السعر فيطال الخبز، فيتوزع الخبز على الناس في فيتنام."),  # ف + a present verb, a name
])
def test_a_noun_glued_to_the_preposition_before_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وتبنّت فصائل في العراقاستهداف قاعدة أميركية.", "وتبنّت فصائل في العراق استهداف قاعدة أميركية."),
    ("وقال إنّ الطيرانالذي قصف البلدة كمااستهدفت المدفعية الحقول.",
     "وقال إنّ الطيران الذي قصف البلدة كما استهدفت المدفعية الحقول."),
    ("وأعلنت الحركة أنّ مقاتليهااستهدفوا آلية.", "وأعلنت الحركة أنّ مقاتليها استهدفوا آلية."),
    ("وباستخدام الطائرات وللاستهداف والاستقرار واللااستقرار.",
     "وباستخدام الطائرات وللاستهداف والاستقرار واللااستقرار."),  # proclitics, a negation written joined
])
def test_a_form_x_word_glued_to_the_word_before_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وسقطت صواريخعلى البلدة ونزح الآلافمن السكان.", "وسقطت صواريخ على البلدة ونزح الآلاف من السكان."),
    ("واستشهد جنديمن جراء القصف.", "واستشهد جندي من جراء القصف."),
    # words that end in من or على
    ("وزار اليمن في اليوم الثامن وقال المؤمن إنّ الأعلى يتزامن مع عبدالرحمن.",
     "وزار اليمن في اليوم الثامن وقال المؤمن إنّ الأعلى يتزامن مع عبدالرحمن."),
])
def test_ala_and_min_glued_to_the_end_of_the_word_before_come_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وذكر البيان أنوزير الدفاع وصل بعد أنأعادت الحكومة فتح المعبر.",
     "وذكر البيان أن وزير الدفاع وصل بعد أن أعادت الحكومة فتح المعبر."),
    ("وتمكّنت الدفاعات منإسقاط طائرة قرب البلدة، ونقل رسالة منالأمين العام.",
     "وتمكّنت الدفاعات من إسقاط طائرة قرب البلدة، ونقل رسالة من الأمين العام."),
    ("وتصاعد التوتر، إذأكدت الوزارة أنّ الهجوم نُفّذ من قبلمسلحي التنظيم.",
     "وتصاعد التوتر، إذ أكدت الوزارة أنّ الهجوم نُفّذ من قبل مسلحي التنظيم."),
    # names and words that open on من or أن (or إذ)
    ("وبثّت إذاعة محلية خبر إذعان الحكومة.", "وبثّت إذاعة محلية خبر إذعان الحكومة."),
    ("وقال منصور إنّ منطقة أنطاليا منتصبة وزارتها أنجيلا مع مناصرين.",
     "وقال منصور إنّ منطقة أنطاليا منتصبة وزارتها أنجيلا مع مناصرين."),
])
def test_a_word_glued_after_min_or_the_particle_an_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وانفجرت عبوة في مدينة حلبفي الشمال.", "وانفجرت عبوة في مدينة حلب في الشمال."),
    ("وقال المسؤول الفرنسيفي بيان إنّ الوفد وصل.", "وقال المسؤول الفرنسي في بيان إنّ الوفد وصل."),
    ("وعاد الوفد إلى ليبيافي المساء.", "وعاد الوفد إلى ليبيا في المساء."),
    ("وقرأ مقالاً ثقافياً عن النسيج الليفي والعمل الإضافي.",
     "وقرأ مقالاً ثقافياً عن النسيج الليفي والعمل الإضافي."),  # words that end in في
])
def test_fi_glued_to_the_end_of_the_word_before_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وأعلن الجيش الأردنيمقتل مهرّب على الحدود.", "وأعلن الجيش الأردني مقتل مهرّب على الحدود."),
    ("ودانت الحكومة العدوان الإسرائيليعلى مطار المدينة.", "ودانت الحكومة العدوان الإسرائيلي على مطار المدينة."),
    ("وتوقّف الخط النفطيجراء القصف.", "وتوقّف الخط النفطي جراء القصف."),
    ("وزار الوزير والسعوديبعد ذلك البلدة.", "وزار الوزير والسعودي بعد ذلك البلدة."),
    ("وتعرضت المدينة لعدوان إسرائيليمتزامن مع قصف صاروخيآخر.",
     "وتعرضت المدينة لعدوان إسرائيلي متزامن مع قصف صاروخي آخر."),
    # a plural's ending, a noun with the pronoun ي, a name's syllables and a word: left whole
    ("وقال المسؤولون الإيرانيين إنّ الباب مفتوح.", "وقال المسؤولون الإيرانيين إنّ الباب مفتوح."),
    ("وقصف البابيلا وفتح البابينص وزارت اليونيسيف الحكومة الأرمينية.",
     "وقصف البابيلا وفتح البابينص وزارت اليونيسيف الحكومة الأرمينية."),
    ("ودرس التسعينيات والتركيبات السكانية.", "ودرس التسعينيات والتركيبات السكانية."),
])
def test_a_word_glued_after_a_definite_nisba_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وقُتل مدنيينأثناء القصف وأصيب عسكرييناثنين.", "وقُتل مدنيين أثناء القصف وأصيب عسكريين اثنين."),
    ("ودخلت شاحناتعبرت الحدود ومرات خلال الأسبوع.", "ودخلت شاحنات عبرت الحدود ومرات خلال الأسبوع."),
    ("واستشهد عسكريان سوريانوأصيب آخران في جنوب لبنانعند الحدود.",
     "واستشهد عسكريان سوريان وأصيب آخران في جنوب لبنان عند الحدود."),
    # not after a nisba's ان (its ي stays on: the nisba step parts after it), nor a hundred, a verb's ان, a name
    ("وخشيت من رد إيرانيبعد ثمانمئة يوم وأسفرانفجار عن ضحايا وزار بياندور البلدة.",
     "وخشيت من رد إيراني بعد ثمانمئة يوم وأسفرانفجار عن ضحايا وزار بياندور البلدة."),
    ("وأعلنت الحركة أنّهاستبدأ الرد، وراح ضحيتهاعشرات المدنيين.",
     "وأعلنت الحركة أنّها ستبدأ الرد، وراح ضحيتها عشرات المدنيين."),
    # ه + ال read as ها + ل: the inner article's cut, not the pronoun's
    ("وقال الوزير الذي التقاهالمراسل إنّ المهاجمين انسحبوا.",
     "وقال الوزير الذي التقاه المراسل إنّ المهاجمين انسحبوا."),
    # a pronoun on the plural, a name, the inner article's own cut: left to them
    ("ووصلت مساعداتهما وقال أناتولي إنّ الوضع هادئ.", "ووصلت مساعداتهما وقال أناتولي إنّ الوضع هادئ."),
])
def test_a_word_glued_after_a_plurals_ending_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("واستهدفتمدينة حمص بصاروخين، وكانتمسيّرات قد حلّقت فوقها.",
     "واستهدفت مدينة حمص بصاروخين، وكانت مسيّرات قد حلّقت فوقها."),
    ("وكانتقوات الاحتلال قد انسحبت.", "وكانت قوات الاحتلال قد انسحبت."),
    ("وقالت إنّ الطائرتين استهدفتهما الدفاعات وكانتا فوق البلدة.",
     "وقالت إنّ الطائرتين استهدفتهما الدفاعات وكانتا فوق البلدة."),  # a pronoun on the verb, a dual
])
def test_a_word_glued_to_a_verb_before_it_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وقالمسؤول في الوزارة إنّ الهجوم كانأكبر من المتوقع، كماقصف الجيش الموقع.",
     "وقال مسؤول في الوزارة إنّ الهجوم كان أكبر من المتوقع، كما قصف الجيش الموقع."),
    ("وأكدأمين عام الحزب أنّ الوفد وصل.", "وأكد أمين عام الحزب أنّ الوفد وصل."),
    ("كمانفّذ الطيران غارات، في مرحلةً جديدةًأشدّ من القصف.",
     "كما نفّذ الطيران غارات، في مرحلةً جديدةً أشدّ من القصف."),  # vowels between or before the cut
    ("وأعلنت المقاومة في العراقاستهداف قاعدة، واستهدافقاعدة أخرى بحسبوكالة محلية.",
     "وأعلنت المقاومة في العراق استهداف قاعدة، واستهداف قاعدة أخرى بحسب وكالة محلية."),
    ("وأعلن المرصد في سوريامقتل عنصرين، وقال مسؤول في العراقمعركة طويلة.",
     "وأعلن المرصد في سوريا مقتل عنصرين، وقال مسؤول في العراق معركة طويلة."),
    # a country's own endings: not cut
    ("وقال العراقيين وسورية إنّ السوريالية فن.", "وقال العراقيين وسورية إنّ السوريالية فن."),
    # the verb's own ending glued on: not cut after the bare verb
    ("وقالتمنظمة الإغاثة إنّ القافلة وصلت.", "وقالتمنظمة الإغاثة إنّ القافلة وصلت."),
])
def test_a_word_glued_to_a_masculine_verb_before_it_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وقصفت الطائرات أيضاًمطار المدينة.", "وقصفت الطائرات أيضاً مطار المدينة."),
    ("وقال نقلاًعن مصدر أمني إنّ الهجوم فشل.", "وقال نقلاً عن مصدر أمني إنّ الهجوم فشل."),
    ("وحذّر من التصعيد تحسّباًلهجوم محتمل.", "وحذّر من التصعيد تحسّباً لهجوم محتمل."),
    ("وصلت القافلة أيضًامدينة حمص.", "وصلت القافلة أيضًا مدينة حمص."),  # the alef written after the mark
    ("وقصفت قاعدةًاستهدفت مرات.", "وقصفت قاعدةً استهدفت مرات."),  # ة's tanween: the alef opens the next word
    ("وخصوصاًالاتفاق الأخير.", "وخصوصاً الاتفاق الأخير."),
])
def test_a_word_glued_after_a_tanweens_alef_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وأكّدمسؤول في الوزارة أنّ الاتفاق قريب.", "وأكّد مسؤول في الوزارة أنّ الاتفاق قريب."),
    ("وقُتل ثلاثة جرّاءقصف على البلدة.", "وقُتل ثلاثة جرّاء قصف على البلدة."),
    ("واستُهدفتمدينة حمص بصواريخ.", "واستُهدفت مدينة حمص بصواريخ."),
    ("وقالَرئيس البلدية إنّ الأضرار كبيرة.", "وقالَ رئيس البلدية إنّ الأضرار كبيرة."),
    ("وأعلن أنّ قواتهاشنّت هجوماً واسعاً.", "وأعلن أنّ قواتها شنّت هجوماً واسعاً."),
    ("وقتل جنديان وآخرينأُصيبوا بجروح.", "وقتل جنديان وآخرين أُصيبوا بجروح."),
    ("أكّدنا موقفنا.", "أكّدنا موقفنا."),  # the verb's own pronoun
    ("ونقلت عن المتكلّمين قولهم.", "ونقلت عن المتكلّمين قولهم."),  # كلّم is no كان
])
def test_vowel_marks_do_not_hide_a_lost_space_after_a_listed_word(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("ونشرتصحيفة محلية تقريراً عن الحادث.", "ونشرت صحيفة محلية تقريراً عن الحادث."),
    ("وزاروزير الدفاع القاعدة أمس.", "وزار وزير الدفاع القاعدة أمس."),
    ("وعلّقمصدر عسكري على الهجوم.", "وعلّق مصدر عسكري على الهجوم."),
    ("ودانتوزارة الخارجية القصف.", "ودانت وزارة الخارجية القصف."),
    ("وقالتهيئة الإغاثة إنّ القافلة وصلت.", "وقالت هيئة الإغاثة إنّ القافلة وصلت."),  # not قال | تهيئة
    ("وسمحتلوزير الخارجية بالدخول.", "وسمحتلوزير الخارجية بالدخول."),  # the noun's own ل: left whole
    ("والتقى الوزير نظيره.", "والتقى الوزير نظيره."),
])
def test_a_speakers_or_bodys_noun_glued_to_the_word_before_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وقعت اشتباكات فيريف المدينة الشمالي.", "وقعت اشتباكات في ريف المدينة الشمالي."),
    ("اندلع حريق فيحقل نفطي.", "اندلع حريق في حقل نفطي."),
    ("وتقدمت القوات فيشمال البلاد.", "وتقدمت القوات في شمال البلاد."),
    ("وهو ما فيطال المدنيين.", "وهو ما فيطال المدنيين."),  # ف + a present verb: not a place noun
])
def test_a_place_noun_glued_after_fi_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وكان الرئيس السوريقد أعلن ذلك.", "وكان الرئيس السوري قد أعلن ذلك."),
    ("وهو الموقف الروسيما لم يتغير.", "وهو الموقف الروسي ما لم يتغير."),
    ("في عدوان إسرائيليعن طريق الجو.", "في عدوان إسرائيلي عن طريق الجو."),
    ("شاهدنا الفيلم أمس.", "شاهدنا الفيلم أمس."),  # الفي is no nisba
])
def test_a_particle_glued_after_a_nisba_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وأكدت مصادرللميادينأنّقصفاً استهدف البلدة.", "وأكدت مصادر للميادين أنّ قصفاً استهدف البلدة."),
    ("وقالت مصادرللميادينتعرّضالقاعدة لهجوم.", "وقالت مصادر للميادين تعرّض القاعدة لهجوم."),
])
def test_a_word_glued_after_a_link_name_is_read_again_on_its_own(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وقد سقطت القذائف بينأكثر الأحياء اكتظاظاً.", "وقد سقطت القذائف بين أكثر الأحياء اكتظاظاً."),
    ("وصل الوفد من بغدادإلى المدينة.", "وصل الوفد من بغداد إلى المدينة."),
    ("القصف الذيأسفر عن ضحايا.", "القصف الذي أسفر عن ضحايا."),
    ("وأعلنت الوزارة أنّ البلاد تعانيأزمة وقود.", "وأعلنت الوزارة أنّ البلاد تعاني أزمة وقود."),
    ("وهذا هو الحل المأمول للأزمة.", "وهذا هو الحل المأمول للأزمة."),  # ال + a stub: its own hamza
    ("دعا المسؤولين والمأجورين إلى الرحيل.", "دعا المسؤولين والمأجورين إلى الرحيل."),
    ("ثم عرض الفيلم فلنتأمل قليلاً.", "ثم عرض الفيلم فلنتأمل قليلاً."),  # تأمل: the ت is the verb's
    ("وغنّوا عالأرض معاً.", "وغنّوا عالأرض معاً."),  # a hamza after ال: the article's own word
])
def test_a_hamza_word_glued_after_a_word_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وأكدت الوزارة فيبيان لها أنّ القصف طال المدينة.", "وأكدت الوزارة في بيان لها أنّ القصف طال المدينة."),
    ("استشهد ثلاثة فيعدوان على البلدة.", "استشهد ثلاثة في عدوان على البلدة."),
    ("وورد ذلك فيتقرير للأمم المتحدة.", "وورد ذلك في تقرير للأمم المتحدة."),
    ("ثم فيتوزع الجنود على المواقع.", "ثم فيتوزع الجنود على المواقع."),  # ف + a present verb
    ("وهن فيلجأن إلى الملاجئ.", "وهن فيلجأن إلى الملاجئ."),  # ف + يلجأ and its feminine ن
])
def test_a_listed_noun_glued_after_fi_that_no_present_verb_reads_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []


@pytest.mark.parametrize("original,text", [
    ("وكان الطيران قدقصف المطار ليلاً.", "وكان الطيران قد قصف المطار ليلاً."),
    ("وقدحذّر المسؤول من التصعيد.", "وقد حذّر المسؤول من التصعيد."),
    ("وكانت القوات قدشنّت هجوماً.", "وكانت القوات قد شنّت هجوماً."),
    ("وعرف وقدماء الإغريق ذلك.", "وعرف وقدماء الإغريق ذلك."),  # قدم: a word the particle hides in
])
def test_the_particle_qad_glued_to_its_verb_comes_apart(original, text) -> None:
    doc = prepare(original, DocMeta(id="t"))
    assert doc.text == text
    assert doc.repairs == []
