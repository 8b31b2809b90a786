"""The claims tokenizer's per-token flags (set after the tokens are built, not a lookup a token)."""
from rasid.extract.speakers import _GOVERNED, tokenize
from rasid.model import DocMeta
from rasid.text.prepare import prepare


def test_governed_is_a_word_opening_with_a_preposition_on_a_noun():
    doc = prepare("قال مصدر بالقصف إن للجيش دوراً، بالإصابة بإصابة المدنيين. كالعادة ببساطة.", DocMeta(id="t"))
    words = [t for t in tokenize(doc) if t.kind == "w"]
    assert [t.governed for t in words] == [doc.text.startswith(_GOVERNED, t.start) for t in words]
    assert sum(t.governed for t in words) >= 3  # بالقصف، بالإصابة، بإصابة، كالعادة (للجيش: a mention)
