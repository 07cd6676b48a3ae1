"""Reading levels, names and the matrix's place from spreadsheet cells (pure: no files)."""

from __future__ import annotations

import string
from datetime import date, datetime

import pytest
from hypothesis import given, settings, strategies as st

from wplstudio.domain.matrix_sheet import (
    FUNCTION_HEADERS, NAME_HEADER_WORDS, NAME_HEADERS, OTHER_HEADERS, SUMMARY_WORDS, TEAM_HEADERS, SheetCells, read_matrix,
)
from wplstudio.domain.sheet_text import (
    LEVEL_WORDS, Reason, cell_ref, column_letter, name_key, parse_level, split_name,
)


@pytest.mark.parametrize("value, level", [
    (None, 0), ("", 0), ("   ", 0), ("-", 0), ("–", 0), ("—", 0), (0, 0), ("0", 0),
    ("I", 1), ("i", 1), (" l ", 2), ("U", 3), ("u", 3), ("O", 4), ("o", 4),
    (1, 1), (2.0, 2), ("3", 3), ("4", 4), ("●", 4), ("◔", 1), ("zelfstandig", 3), ("Kan opleiden", 4),
])
def test_a_level_reads_as_digit_letter_dash_or_blank(value, level):
    assert parse_level(value) == level


@pytest.mark.parametrize("value, words", [
    (5, "5 is off the scale"), (-1, "-1 is off the scale"), ("7", "7 is off the scale"),
    (3.5, "3.5 is not a whole level"), ("2,5", "2,5 is not a whole level"),
    ("U+", '"U+" is not a level'), ("x", '"x" is not a level'), ("ja", '"ja" is not a level'),
    (True, "holds TRUE"), (date(2024, 3, 1), "01-03-2024"), (datetime(2024, 3, 1, 8, 30), "01-03-2024 08:30"),
])
def test_what_is_not_a_level_says_why(value, words):
    reason = parse_level(value)
    assert isinstance(reason, Reason)
    assert words in reason.message.format(**reason.params)


cell_values = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40), st.dates(), st.datetimes(), st.sampled_from(["I", "l", "U", "o", "-", " 3 ", "U+", "3,5"]),
)


@given(cell_values)
def test_the_level_parser_never_raises(value):
    result = parse_level(value)
    if isinstance(result, Reason):
        assert result.message.format(**result.params)
    else:
        assert result in range(5)


@given(st.integers(0, 4), st.sampled_from(["digit", "letter"]), st.booleans(), st.text(" \t\u00a0", max_size=3))
def test_every_way_of_writing_a_level_reads_back(level, form, upper, padding):
    text = str(level) if form == "digit" else "-ILUO"[level]
    text = text.upper() if upper else text.lower()
    assert parse_level(padding + text + padding) == level


@given(st.integers().filter(lambda n: not 0 <= n <= 4))
def test_whole_numbers_off_the_scale_are_refused(number):
    assert isinstance(parse_level(number), Reason)
    assert isinstance(parse_level(str(number)), Reason)


RESERVED = SUMMARY_WORDS | OTHER_HEADERS | TEAM_HEADERS | FUNCTION_HEADERS | NAME_HEADERS | set(LEVEL_WORDS)  # words with a meaning
word = st.text(string.ascii_letters + "éëïöü", min_size=2, max_size=10).map(str.capitalize)


@given(word, st.sampled_from(["", "de", "van", "van der", "El"]), word)
def test_a_name_matches_in_every_order_and_case(first, prefix, last):
    written = " ".join(p for p in (first, prefix, last) if p)
    sort_form = f"{prefix + ' ' if prefix else ''}{last}, {first}"
    dutch_sort = f"{last}, {first}{' ' + prefix if prefix else ''}"
    assert name_key(written) == name_key(sort_form) == name_key(dutch_sort) == name_key("  " + written.upper() + " ")


@pytest.mark.parametrize("written, parts", [
    ("Jan de Vries", ("Jan", "de", "Vries")),
    ("de Vries, Jan", ("Jan", "de", "Vries")),
    ("Vries, Jan de", ("Jan", "de", "Vries")),
    ("Jeroen van der Linden", ("Jeroen", "van der", "Linden")),
    ("Jan Willem Bakker", ("Jan Willem", "", "Bakker")),
    ("Mustafa El Amrani", ("Mustafa", "El", "Amrani")),
    ("Piet Jansen (BBL)", ("Piet", "", "Jansen")),
    ("Mehmet", None),
])
def test_a_new_persons_name_is_split_the_dutch_way(written, parts):
    assert split_name(written) == parts


@pytest.mark.parametrize("col, letters", [(1, "A"), (26, "Z"), (27, "AA"), (702, "ZZ"), (703, "AAA")])
def test_columns_are_named_as_excel_names_them(col, letters):
    assert column_letter(col) == letters
    assert cell_ref("Blad1", 7, col) == f"Blad1!{letters}7"


def test_a_sheet_name_with_a_space_is_quoted():
    assert cell_ref("Matrix 2024", 7, 4) == "'Matrix 2024'!D7"
    assert cell_ref("Piet's", 1, 1) == "'Piet''s'!A1"


# --- the matrix in a messy sheet ---------------------------------------------------------------

def test_the_header_is_found_below_a_title_and_above_a_legend():
    rows = [("Matrix 2024",), (), (None, "Lassen", None, "Kanten"), ("Naam", "MIG", "TIG", "Kantbank"),
            ("Piet Visser", "U", "o", None), ("Ilse Kok", 1, "-", "L"), (), ("Legenda",), ("I = leert het",)]
    reading = read_matrix(SheetCells("Blad1", rows, merged=((3, 2, 3, 3),)))
    assert (reading.header_row, reading.name_col) == (4, 1)
    assert [(t.name, t.band) for t in reading.tasks] == [("MIG", "Lassen"), ("TIG", "Lassen"), ("Kantbank", "Kanten")]
    assert [(p.name, p.levels) for p in reading.people] == [("Piet Visser", {2: 3, 3: 4, 4: 0}), ("Ilse Kok", {2: 1, 3: 0, 4: 2})]
    assert reading.problems == []
    assert [n.ref for n in reading.notes] == ["Blad1!1:3", "Blad1!8:9"]


def test_a_person_with_text_in_a_level_cell_is_not_taken_for_the_header():
    rows = [("Naam", "VCA Basis"), ("Piet Visser", "U+"), ("Ilse Kok", 0)]
    for known in (frozenset(), frozenset({"vca basis"})):
        reading = read_matrix(SheetCells("Blad1", rows), known_tasks=known)
        assert reading.header_row == 1 and [p.name for p in reading.people] == ["Piet Visser", "Ilse Kok"]
        assert [n.ref for n in reading.problems] == ["Blad1!B2"]


def test_the_row_naming_known_tasks_wins_over_a_row_of_remarks():
    rows = [("Wie", "jaar", "afdeling", "ploeg", "vaste dag"), ("Naam", "MIG", "TIG"), ("Piet Visser", "U", "O")]
    assert read_matrix(SheetCells("Blad1", rows), known_tasks=frozenset({"mig", "tig"})).header_row == 2


def test_a_matrix_that_starts_in_column_c_is_found():
    rows = [(), (None, None, "Naam", "MIG", "TIG"), (None, None, "Piet Visser", "U", "I")]
    reading = read_matrix(SheetCells("Blad1", rows))
    assert (reading.header_row, reading.name_col) == (2, 3)
    assert reading.people[0].levels == {4: 3, 5: 1}


def test_a_column_of_remarks_is_not_a_task():
    rows = [("Naam", "MIG", "Woonplaats"), ("Piet Visser", "U", "Utrecht"), ("Ilse Kok", "I", "Houten"),
            ("Kees Bos", "O", "Zeist"), ("Anouk Dekker", "U", "Utrecht")]
    reading = read_matrix(SheetCells("Blad1", rows))
    assert [t.name for t in reading.tasks] == ["MIG"]
    assert "holds text, not levels" in reading.notes[0].english()
    reading = read_matrix(SheetCells("Blad1", rows), known_tasks=frozenset({"woonplaats"}))
    assert len(reading.problems) == 4  # a known task full of text: every cell is named


def test_a_summary_row_is_skipped_but_a_person_with_such_a_name_is_read():
    rows = [("Naam", "MIG"), ("Norm Jansen", "U"), ("Totaal inzetbaar", 7), ("Aantal U+O", 7), ("Norm", 9), ("Stand", "U")]
    reading = read_matrix(SheetCells("Blad1", rows), known_people=frozenset({name_key("Stand")}))
    assert [p.name for p in reading.people] == ["Norm Jansen", "Stand"]
    assert reading.problems == []


def test_a_known_task_is_a_task_whatever_it_is_called():
    rows = [("Naam", "Opleiding", "MIG"), ("Piet Visser", "U", "I")]
    assert [t.name for t in read_matrix(SheetCells("Blad1", rows)).tasks] == ["MIG"]
    assert [t.name for t in read_matrix(SheetCells("Blad1", rows), known_tasks=frozenset({"opleiding"})).tasks] == ["Opleiding", "MIG"]


def test_a_name_split_over_first_name_prefix_and_last_name_columns_is_read_whole():
    rows = [("Voornaam", "Tussenvoegsel", "Achternaam", "MIG"), ("Sanne", "de", "Boer", "U"), ("Piet", None, "Visser", "O")]
    reading = read_matrix(SheetCells("Blad1", rows))
    assert [p.name for p in reading.people] == ["Sanne de Boer", "Piet Visser"]
    assert [t.name for t in reading.tasks] == ["MIG"] and reading.people[0].levels == {4: 3}
    assert "read together" in reading.notes[0].english()


def test_a_sheet_with_colours_but_no_levels_is_not_read_as_all_zero():
    rows = [("Naam", "MIG", "TIG"), ("Piet Visser", None, None), ("Ilse Kok", None, None)]
    reading = read_matrix(SheetCells("Blad1", rows))
    assert [p.ref for p in reading.problems] == ["Blad1!B2:C3"] and "colours" in reading.problems[0].english()


def test_two_people_of_one_name_in_different_teams_are_two_people():
    rows = [("Naam", "Team", "MIG"), ("Jan de Vries", "Lassen", "U"), ("Jan de Vries", "Service", "I")]
    reading = read_matrix(SheetCells("Blad1", rows))
    assert reading.problems == [] and [p.team for p in reading.people] == ["Lassen", "Service"]


@given(st.lists(st.lists(cell_values, max_size=12), max_size=30),
       st.lists(st.tuples(st.integers(1, 30), st.integers(1, 12), st.integers(0, 3), st.integers(0, 3)), max_size=4))
@settings(max_examples=150)
def test_any_grid_of_values_reads_without_an_exception(rows, merges):
    merged = tuple((r, c, r + dr, c + dc) for r, c, dr, dc in merges)
    reading = read_matrix(SheetCells("Blad1", [tuple(r) for r in rows], merged=merged, formulas=frozenset({(2, 2), (3, 3)})))
    for person in reading.people:
        assert all(level in range(5) for level in person.levels.values())
    for note in reading.problems + reading.notes:
        assert note.ref.startswith("Blad1") and note.english()


names = st.lists(st.tuples(word, word).map(" ".join).filter(lambda n: not set(n.casefold().split()) & (RESERVED | NAME_HEADER_WORDS)),
                 min_size=1, max_size=12, unique_by=name_key)
tasks = st.lists(st.text(string.ascii_letters + " /-", min_size=3, max_size=25).filter(
    lambda t: t.strip() and t.strip()[0].isalpha() and " ".join(t.split()).casefold() not in RESERVED),
    min_size=1, max_size=10, unique_by=lambda t: " ".join(t.split()).casefold())


@given(names, tasks, st.data(), st.integers(0, 3), st.booleans(), st.booleans())
@settings(max_examples=80)
def test_a_generated_matrix_reads_back_exactly_whatever_is_around_it(people, task_names, data, title_rows, band, legend):
    levels = {(p, t): data.draw(st.integers(0, 4)) for p in people for t in task_names}
    rows: list[tuple] = [(f"Titel {i}",) for i in range(title_rows)]
    if band:
        rows.append((None, "Kerntaak"))
    rows.append(("Naam", *task_names))
    rows += [(p, *["-ILUO"[levels[p, t]] if levels[p, t] else None for t in task_names]) for p in people]
    if legend:
        rows += [(), ("Legenda",), ("U = zelfstandig",)]
    reading = read_matrix(SheetCells("Blad1", rows))
    by_col = {t.col: t.name for t in reading.tasks}
    assert [" ".join(n.split()) for n in by_col.values()] == [" ".join(t.split()) for t in task_names]
    read = {(p.name, by_col[c]): level for p in reading.people for c, level in p.levels.items()}
    if not any(levels.values()):  # an empty grid is refused: it may be levels shown by colour only
        assert len(reading.problems) == 1 and "colours" in reading.problems[0].english()
        return
    assert reading.problems == []
    assert read == {(p, " ".join(t.split())): levels[p, t] for p in people for t in task_names}
