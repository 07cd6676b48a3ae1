"""`wplstudio report interview-form` and `report interview`: the papers the owner prints,
written through the command line and read back as text (pdftotext) to see what is on them."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest

from wplstudio.cli import main
from wplstudio.domain.actor import SYSTEM
from wplstudio.services import interview_guides, interviews, people

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed")


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _pages(pdf) -> int:
    return _text(pdf).count("\f")


@needs_pdftotext
def test_a_blank_form_has_every_question_tick_boxes_and_signature_lines(demo_db, tmp_path):
    path, out = demo_db.target.path, tmp_path / "form.pdf"
    demo_db.close()
    assert main(["report", "interview-form", "--guide", "ontwikkelgesprek", "--out", str(out), "--database", str(path)]) == 0
    text = _text(out)
    for words in ("Ontwikkelgesprek", "Voorbereiding", "Waar sta je nu", "Lukt nog niet", "Kan het anderen leren",
                  "Handtekening", "Wie", "Wanneer klaar"):
        assert words in text
    assert "Sanne" not in text  # blank: no one's name


@needs_pdftotext
def test_a_pre_filled_form_carries_name_function_and_date(demo_db, tmp_path):
    path, out = demo_db.target.path, tmp_path / "form.pdf"
    demo_db.close()
    assert main(["report", "interview-form", "--guide", "Development interview", "--employee", "sanne de boer",
                 "--date", "2026-12-16", "--out", str(out), "--database", str(path), "--lang", "en"]) == 0
    text = _text(out)
    assert "Sanne de Boer" in text and "Plaatwerker" in text and "16-12-2026" in text and "Can teach others" in text


def test_an_unknown_guide_or_missing_id_is_one_line_and_no_file(demo_db, tmp_path, capsys):
    path, out = demo_db.target.path, tmp_path / "form.pdf"
    demo_db.close()
    assert main(["report", "interview-form", "--guide", "Bestaat niet", "--out", str(out), "--database", str(path), "--lang", "en"]) != 0
    assert main(["report", "interview", "--out", str(out), "--database", str(path), "--lang", "en"]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Bestaat niet" in err
    assert not out.exists()


@needs_pdftotext
def test_a_held_interview_prints_answers_agreements_plan_and_long_answers_flow_on(demo_db, tmp_path):
    sanne = next(e.id for e in people.list_employees(demo_db, SYSTEM) if e.last_name == "Boer")
    guide = interview_guides.find_guide(demo_db, SYSTEM, "Ontwikkelgesprek").id
    interview_id = interviews.plan_interview(demo_db, SYSTEM, interviews.Plan(sanne, guide, date.today() - timedelta(days=1)),
                                             past_ok=True)
    long = "\n".join(f"Regel {n} van een lang verslag over het kanten en de nieuwe machine." for n in range(200))
    interviews.save_answer(demo_db, SYSTEM, interview_id, "stand_notes", long)
    interviews.save_answer(demo_db, SYSTEM, interview_id, "stand_trade", "4")
    interviews.save_private_note(demo_db, SYSTEM, interview_id, "PRIVE-NOTITIE")
    interviews.mark_held(demo_db, SYSTEM, interview_id)
    path, out = demo_db.target.path, tmp_path / "gesprek.pdf"
    demo_db.close()
    assert main(["report", "interview", "--id", str(interview_id), "--out", str(out), "--database", str(path)]) == 0
    text = _text(out)
    assert "Regel 0 van" in text and "Regel 199 van" in text and _pages(out) >= 4
    assert "☒ 4 Gaat heel goed" in text
    assert "Zelfstandig lasersnijden" in text  # the open goal of her plan
    assert "PRIVE-NOTITIE" not in text
    assert "Handtekening" in text
