"""The `rasid analyze` and `rasid repair` commands, run as a user runs them (a subprocess)."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed.txt"
ARTICLE = "قالت مصادر محلية إن هـ.ـجوماً بطائرة مسيّرة استهدف موقعاً عسكرياً في ريف إدلب أمس."


def rasid(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasid", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_analyze_seed_prints_the_contract() -> None:
    run = rasid("analyze", str(SEED), "--published", "2020-01-23", "--id", "seed")
    assert run.returncode == 0, run.stderr
    (line,) = run.stdout.splitlines()
    out = json.loads(line)
    assert list(out)[:2] == ["rasid", "doc"] and out["rasid"] == 1
    assert out["doc"] == {"id": "seed", "source": None, "url": None, "title": None,
                          "published": "2020-01-23", "language": "ar"}
    assert len(out["repairs"]) == 24
    original = SEED.read_text(encoding="utf-8")
    for r in out["repairs"]:
        assert original[r["span"][0]:r["span"][1]] == r["original"]
    assert "هـ.ـجوم" not in out["text"] and "إقرأ أيضاً" not in out["text"]
    for key in ("places", "claims", "events"):
        assert isinstance(out[key], list)


def test_analyze_published_with_its_local_time_dates_a_story_told_after_midnight() -> None:
    """``--published`` with a time: a story stamped at 00:40 naming no day puts its strike on the
    evening before; the contract's ``published`` stays the stamp's date."""
    story = ("طائرة مسيّرة تستهدف القاعدة الأميركية في حقل كونيكو بريف دير الزور.\n"
             "أفاد مراسلنا باستهداف طائرة مسيّرة القاعدة الأميركية في حقل كونيكو، وسُمع صوت انفجار قوي.\n"
             "وتتعرض القواعد الأميركية في سوريا والعراق لهجمات متكررة.")
    dates = {}
    for stamp in ("2024-05-29T00:40", "2024-05-29"):
        run = rasid("analyze", "-", "--published", stamp, stdin=story)
        assert run.returncode == 0, run.stderr
        out = json.loads(run.stdout)
        assert out["doc"]["published"] == "2024-05-29"
        dates[stamp] = [e["date"] for e in out["events"]]
    assert dates == {"2024-05-29T00:40": ["2024-05-28"], "2024-05-29": ["2024-05-29"]}, dates


def test_analyze_reads_stdin() -> None:
    run = rasid("analyze", "-", "--published", "2024-03-02", stdin=ARTICLE)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["doc"]["published"] == "2024-03-02"
    assert [r["repaired"] for r in out["repairs"]] == ["هجوماً"]


def test_jsonl_batch_goes_on_past_bad_records(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "published": "2024-01-05", "extra": 1}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a2", "title": "no text here"}),
        json.dumps({"id": "a3", "text": "   "}),
        json.dumps({"id": "a4", "text": "This article is entirely in English, about nothing."}),
        json.dumps({"id": "a5", "text": ARTICLE, "source": "test"}, ensure_ascii=False),
    ]
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    run = rasid("analyze", str(path))
    assert run.returncode == 0
    ids = [json.loads(line)["doc"]["id"] for line in run.stdout.splitlines()]
    assert ids == ["a1", "a5"]
    errors = run.stderr.strip().splitlines()
    assert len(errors) == 4
    assert any("not JSON" in e for e in errors)
    assert any("a2" in e and "no text" in e for e in errors)
    assert any("a3" in e and "empty" in e for e in errors)
    assert any("a4" in e and "not Arabic" in e for e in errors)


def test_exit_status_is_nonzero_only_when_nothing_was_processed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    run = rasid("analyze", str(empty))
    assert run.returncode != 0
    assert "empty" in run.stderr and run.stdout == ""


def test_legacy_arabic_code_page_is_read(tmp_path: Path) -> None:
    """Windows-1256 (older Arabic sites and archives) gives the same result as UTF-8."""
    legacy, utf8 = tmp_path / "cp1256.txt", tmp_path / "utf8.txt"
    legacy.write_bytes(ARTICLE.encode("cp1256"))
    utf8.write_text(ARTICLE, encoding="utf-8")
    a, b = rasid("analyze", str(legacy), "--id", "x"), rasid("analyze", str(utf8), "--id", "x")
    assert a.returncode == 0 and a.stdout == b.stdout and json.loads(a.stdout)["events"]


def test_wrong_encoding_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("L'armée a bombardé le village près d'Idlib, détruisant l'école.".encode("latin-1"))
    run = rasid("analyze", str(path))
    assert run.returncode != 0
    assert "encoding" in run.stderr


def test_html_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>خبر</title><script>var x=1;</script></head><body>"
        "<nav>الرئيسية | أخبار | اتصل بنا</nav><article><h1>هجوم في إدلب</h1>"
        f"<p>{ARTICLE}</p><p>وأضافت المصادر أن الاشتباكات استمرت حتى الصباح في المنطقة.</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    run = rasid("analyze", str(page))
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert "هجوماً بطائرة مسيّرة" in out["text"]
    assert "var x" not in out["text"]


def test_repair_command_and_log() -> None:
    run = rasid("repair", "-", stdin="تجددت الاشـــتباكات بعد هـ.ـجوم")
    assert run.stdout == "تجددت الاشتباكات بعد هجوم"
    log = rasid("repair", "--log", "-", stdin="تجددت الاشـــتباكات بعد هـ.ـجوم")
    rows = [line.split("\t") for line in log.stdout.splitlines()]
    assert rows == [["6", "19", "الاشـــتباكات", "الاشتباكات", "tatweel"],
                    ["24", "31", "هـ.ـجوم", "هجوم", "tatweel-dot"]]


@pytest.mark.parametrize("bad", ["2020-13-45", "yesterday"])
def test_bad_published_option(bad: str) -> None:
    run = rasid("analyze", str(SEED), "--published", bad)
    assert run.returncode != 0
    assert "published" in run.stderr


def test_eval_scores_repairs_against_gold(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "g1", "published": "2024-01-05", "text": "تجددت الاشـــتباكات بعد هـ.ـجوم على الموقع",
         "repairs": [["الاشـــتباكات", "الاشتباكات"], ["هـ.ـجوم", "هجوم"]]},
        {"id": "g2", "published": "2024-01-06", "text": "نقلت وكالة أ.ف.ب عن مصادر ق.ت.ل مدنيين",
         "repairs": [["ق.ت.ل", "قتل"]]},
    ]
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "sys.jsonl"
    run = rasid("eval", str(gold), "-o", str(out))
    assert run.returncode == 0, run.stderr
    repairs_row = next(line for line in run.stdout.splitlines() if line.startswith("repairs"))
    assert repairs_row.split()[1:4] == ["1.0000", "1.0000", "1.0000"]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
