"""Readers: every input format in, records or bad records (with a reason) out, never an exception."""
from __future__ import annotations

import gzip
import io
import json

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from rasid.corpus.readers import (
    MAX_BYTES,
    BadRecord,
    Record,
    arabic_share,
    format_of,
    iter_all,
    iter_records,
    normalize_date,
    read_bytes,
    sniff,
    validate,
)

AR = "قصفت الطائرات الحربية مواقع المسلحين في ريف إدلب الجنوبي صباح اليوم، وقال مصدر محلي إن القصف أدى إلى مقتل ثلاثة أشخاص."
AR2 = "أعلنت وزارة الدفاع أن وحداتها تصدت لهجوم على نقاط عسكرية قرب بلدة كفرنبودة شمال حماة."


def _records(path):
    return list(iter_records(path))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
       | st.text(alphabet="قصف ريف إدلب abc ٣4،ـًکﻻ𞸀\u200c", max_size=200))
def test_arabic_share_counts_letters_one_by_one(text):
    """The run-deleting count equals the plain definition: Arabic-script letters / letters."""
    letters = [ch for ch in text if regex.match(r"\p{L}", ch)]
    arabic = [ch for ch in letters if regex.match(r"\p{Script=Arabic}", ch)]
    assert arabic_share(text) == (len(arabic) / len(letters) if letters else 0.0)


def test_validate_reasons():
    assert validate(Record(id="a", text=AR)) is None
    assert validate(Record(id="a", text="   \n\t ")) == "empty"
    assert validate(Record(id="a", text="")) == "empty"
    assert validate(Record(id="a", text="The army shelled the village today.")) == "not Arabic"
    # mostly English with a few Arabic words: still not Arabic
    assert validate(Record(id="a", text="The army shelled the village of قرية today in the north")) == "not Arabic"
    assert validate(Record(id="a", text="ب" * (MAX_BYTES // 2 + 10))) == "too large"
    # digits and punctuation do not count as letters either way
    assert validate(Record(id="a", text="١٢٣ ... 456 قتلى")) is None


def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": AR, "published": "2023-01-30T21:22:00+02:00",
                    "source": "example.net", "title": "عنوان", "url": "https://example.net/a1"}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text here"}),
        json.dumps({"id": "a4", "text": "  "}),
        json.dumps({"id": "a5", "text": "An English article about something."}),
        "",
        json.dumps([1, 2]),
        json.dumps({"content": AR2, "date": "2024/3/5"}),
    ]
    p = tmp_path / "c.jsonl"
    p.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "a9", "text": "\xff\xfe"}\n')
    out = _records(p)
    good = [r for r in out if isinstance(r, Record)]
    bad = {r.origin.rsplit(":", 1)[1]: r.reason for r in out if isinstance(r, BadRecord)}
    assert [r.id for r in good] == ["a1", "c-8"]
    assert good[0].published == "2023-01-30" and good[0].source == "example.net"
    assert good[0].origin == f"{p}:1" and good[0].url == "https://example.net/a1"
    assert good[1].published == "2024-03-05" and good[1].text == AR2
    assert good[0].published_at == "2023-01-30T21:22" and good[1].published_at is None  # local time kept
    assert bad == {"2": "not JSON", "3": "no text", "4": "empty", "5": "not Arabic",
                   "7": "not JSON", "9": "bad encoding"}


def test_gzip_jsonl_and_directory_walk(tmp_path):
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    with gzip.open(d / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": AR}, ensure_ascii=False) + "\n")
    (d / "a.txt").write_text(AR2, encoding="utf-8")
    (d / "sub" / "c.json").write_text(json.dumps([{"id": "j1", "text": AR}, {"id": "j2"}]),
                                      encoding="utf-8")
    (d / "notes.md").write_text("ignored: unknown extension in a directory")
    (d / ".hidden.txt").write_text(AR)
    out = _records(d)
    assert [(type(r).__name__, r.id) for r in out] == [
        ("Record", "a"), ("Record", "g1"), ("Record", "j1"), ("BadRecord", "j2")]
    assert out[3].reason == "no text"


def test_json_object_list_and_wrapper(tmp_path):
    p = tmp_path / "one.json"
    p.write_text(json.dumps({"id": "x", "text": AR, "published": "05/03/2024"}), encoding="utf-8")
    (r,) = _records(p)
    assert r.id == "x" and r.published == "2024-03-05"
    p2 = tmp_path / "many.json.gz"
    p2.write_bytes(gzip.compress(json.dumps({"articles": [{"text": AR}, {"text": AR2}]}).encode()))
    assert [r.id for r in _records(p2)] == ["many-1", "many-2"]
    p3 = tmp_path / "broken.json"
    p3.write_text("[{", encoding="utf-8")
    assert [(r.reason) for r in _records(p3)] == ["not JSON"]


def test_csv(tmp_path):
    p = tmp_path / "arts.csv"
    buf = io.StringIO()
    buf.write("ID,Text,Published,Source\n")
    buf.write(f'c1,"{AR}\nسطر ثان",2023-05-01,site\n')
    buf.write("c2,,2023-05-02,site\n")
    p.write_text(buf.getvalue(), encoding="utf-8")
    out = _records(p)
    assert isinstance(out[0], Record) and out[0].id == "c1" and out[0].text.endswith("سطر ثان")
    assert out[0].published == "2023-05-01" and out[0].source == "site"
    assert isinstance(out[1], BadRecord) and out[1].reason == "empty" and out[1].id == "c2"


@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_csv_with_another_delimiter(tmp_path, sep):
    p = tmp_path / "arts.csv"
    p.write_text(f"id{sep}text{sep}published\nc1{sep}{AR}{sep}2023-05-01\n", encoding="utf-8")
    (r,) = _records(p)
    assert isinstance(r, Record) and r.id == "c1" and r.text == AR and r.published == "2023-05-01"


def test_txt_bad_encoding_and_too_large(tmp_path):
    good = tmp_path / "art.txt"
    good.write_text(AR, encoding="utf-8-sig")
    (r,) = _records(good)
    assert r.id == "art" and r.text == AR  # the BOM is not part of the text
    cp = tmp_path / "cp1256.txt"  # the legacy Arabic code page: read, not refused
    cp.write_bytes(AR.encode("cp1256"))
    assert _records(cp)[0].text == AR
    latin = tmp_path / "latin1.txt"  # not UTF-8, and not Arabic in any reading
    latin.write_bytes("L'armée a bombardé le village près d'Idlib, détruisant l'école.".encode("latin-1"))
    assert [b.reason for b in _records(latin)] == ["bad encoding"]
    big = tmp_path / "big.txt.gz"
    big.write_bytes(gzip.compress(("ب" * (MAX_BYTES // 2 + 5)).encode()))
    assert [b.reason for b in _records(big)] == ["too large"]
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(AR2.encode("utf-16"))
    assert _records(u16)[0].text == AR2
    for order in ("utf-16-le", "utf-16-be"):  # no BOM: the byte order whose reading is Arabic
        bare = tmp_path / f"{order}.txt"
        bare.write_bytes(AR2.encode(order))
        assert _records(bare)[0].text == AR2
    binary = tmp_path / "cut.txt"  # a BOM and a NUL: no text in any reading (Windows-1256 read ے)
    binary.write_bytes(b"\xff\xfe\x00")
    assert [b.reason for b in _records(binary)] == ["bad encoding"]


def test_html_article_text(tmp_path):
    body = "".join(f"<p>{AR} {i}</p>" for i in range(4))
    html = (f"<html><head><title>خبر عاجل</title></head><body><nav>الرئيسية | اتصل بنا</nav>"
            f"<article><h1>خبر عاجل</h1>{body}</article><footer>جميع الحقوق محفوظة</footer>"
            f"</body></html>")
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (r,) = _records(p)
    assert isinstance(r, Record) and r.id == "page"
    assert "ريف إدلب الجنوبي" in r.text and "اتصل بنا" not in r.text


def test_missing_and_unsupported(tmp_path):
    assert [b.reason for b in _records(tmp_path / "nope.jsonl")] == ["unreadable"]
    p = tmp_path / "x.docx"
    p.write_bytes(b"PK")
    assert [b.reason for b in _records(p)] == ["unsupported format"]
    bad_gz = tmp_path / "y.jsonl.gz"
    bad_gz.write_bytes(b"not gzip at all")
    assert [b.reason for b in _records(bad_gz)] == ["unreadable"]


def test_sniff_and_read_bytes():
    one = json.dumps({"text": AR}).encode()
    assert sniff(one) == "jsonl"
    assert sniff(b'{\n "text": "x"\n}') == "json"
    assert sniff(b"<html>") == "html" and sniff(AR.encode()) == "txt"
    assert sniff(b"[{}]") == "json"
    (r,) = read_bytes(gzip.compress(one), "jsonl")
    assert r.text == AR and r.id == "stdin-1"


def test_helpers():
    assert format_of("a/b.JSONL.gz") == ("jsonl", True)
    assert format_of("x.htm") == ("html", False)
    assert format_of("x.pdf") == (None, False)
    assert normalize_date("2023-1-2") == "2023-01-02"
    assert normalize_date("2023-13-02") is None and normalize_date(None) is None
    assert normalize_date("yesterday") is None


def test_iter_all_keeps_order(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(AR, encoding="utf-8")
    b.write_text(AR2, encoding="utf-8")
    assert [r.id for r in iter_all([b, a])] == ["b", "a"]


@pytest.mark.parametrize("payload", [b"", b"\n\n", b"   "])
def test_empty_inputs_are_bad_or_nothing(payload):
    out = list(read_bytes(payload, "txt"))
    assert [b.reason for b in out] == ["empty"]
    assert list(read_bytes(payload, "jsonl")) == []


from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=60, deadline=None)
@given(data=st.one_of(st.binary(max_size=300),
                      st.text(max_size=200).map(lambda t: t.encode("utf-8"))),
       fmt=st.sampled_from(["jsonl", "json", "csv", "txt"]))
def test_any_input_gives_records_or_reasons_never_an_exception(data, fmt):
    for r in read_bytes(data, fmt):
        assert isinstance(r, (Record, BadRecord))
        if isinstance(r, BadRecord):
            assert r.reason in {"not JSON", "no text", "empty", "not Arabic", "too large",
                                "bad encoding", "unreadable", "bad CSV"}
        else:
            assert validate(r) is None
