"""The week plan on paper: A3 or A4 landscape, people grouped by team, one column per day,
learner-mentor pairs marked (L = learns with, M = mentor of), absences shaded.
Drawn straight on the canvas, so a week of 250 people and 1,500 cards takes well under a second."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from wplstudio.domain import board as rules
from wplstudio.i18n import translate
from wplstudio.reports.common import printed_on
from wplstudio.reports.fonts import register
from wplstudio.services.board import BoardWeek

NAVY, TEAM, GRID = colors.HexColor("#23303d"), colors.HexColor("#dfe5ec"), colors.HexColor("#b8c0c8")
LEARNER, MENTOR = colors.HexColor("#2f7fd1"), colors.HexColor("#7a4fc0")
ABSENT = {"holiday": colors.HexColor("#d7e8f7"), "sick": colors.HexColor("#f3d6d6"), "course": colors.HexColor("#e6dcf3"),
          "absent": colors.HexColor("#e4e4e4")}
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
MARGIN, HEAD = 10 * mm, 8 * mm


def render(week: BoardWeek, out: Path, paper: str = "A3", company: str = "") -> Path:
    size = landscape(A3 if paper.upper() == "A3" else A4)
    regular, bold = register()
    canvas = Canvas(str(out), pagesize=size)
    canvas.setTitle(translate("board", "Week plan {week}").format(week=week.label))
    smallest = 3.6 * mm if paper.upper() == "A3" else 3.0 * mm
    page = _Page(canvas, week, size, regular, bold, company, smallest)
    # A small company fills the sheet in larger type, readable on the wall; a large one keeps the smallest
    page.resize(max(smallest, min(7 * mm, (size[1] - 2 * MARGIN - 20 * mm) / max(1, page.lines_needed()))))
    page.draw_all()
    canvas.save()
    return out


class _Page:
    def __init__(self, canvas: Canvas, week: BoardWeek, size, regular: str, bold: str, company: str, line: float) -> None:
        self.c, self.week, self.size, self.regular, self.bold, self.company, self.line = canvas, week, size, regular, bold, company, line
        self.font_size = line / mm * 2.2
        self.name_w = 42 * mm
        self.day_w = (size[0] - 2 * MARGIN - self.name_w) / len(week.days)
        self.cards = defaultdict(list)
        for card in week.cards:
            self.cards[card.employee_id, card.day].append(card)
        self.away = defaultdict(dict)
        for a in week.absences:
            for day in week.days:
                if a.first_day <= day <= a.last_day:
                    self.away[a.employee_id][day] = a.kind
        self.names = {p.id: p.name.split(" ")[0] for p in week.people}

    def lines_needed(self) -> float:
        teams = len({p.team_id for p in self.week.people})
        return sum(max(1, len(self._lines(p.id))) for p in self.week.people) + teams * 1.4

    def resize(self, line: float) -> None:
        self.line, self.font_size = line, line / mm * 2.2
        self.name_w = min(70 * mm, 42 * mm * line / (3.6 * mm))
        self.day_w = (self.size[0] - 2 * MARGIN - self.name_w) / len(self.week.days)

    def draw_all(self) -> None:
        y = self._start()
        team = object()
        for person in self.week.people:
            height = self.line * max(1, len(self._lines(person.id)))
            if person.team_id != team:
                team = person.team_id
                if y - height - self.line * 1.4 < MARGIN + 6 * mm:
                    y = self._new_page()
                y = self._team(person.team_name or translate("board", "No team"), y)
            if y - height < MARGIN + 6 * mm:
                y = self._new_page()
            y = self._row(person, y, height)

    def _start(self) -> float:
        c, top = self.c, self.size[1] - MARGIN
        c.setFont(self.bold, 14)
        c.setFillColor(NAVY)
        c.drawString(MARGIN, top - 5 * mm, translate("board", "Week plan {week}").format(week=self.week.label) + (f" — {self.company}" if self.company else ""))
        c.setFont(self.regular, 7)
        c.drawRightString(self.size[0] - MARGIN, top - 5 * mm, translate("board", "L = learns with mentor, M = mentor of learner, ⚠ = warning · printed {when}").format(when=printed_on()))
        y = top - 9 * mm
        c.setFillColor(NAVY)
        c.rect(MARGIN, y - HEAD, self.size[0] - 2 * MARGIN, HEAD, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 9)
        c.drawString(MARGIN + 2 * mm, y - HEAD + 2.6 * mm, translate("board", "Employee"))
        for i, day in enumerate(self.week.days):
            c.drawString(MARGIN + self.name_w + i * self.day_w + 2 * mm, y - HEAD + 2.6 * mm, translate("board", DAYS[day.weekday()]) + day.strftime(" %d-%m"))
        return y - HEAD

    def _new_page(self) -> float:
        self.c.setFont(self.regular, 7)
        self.c.setFillColor(colors.grey)
        self.c.drawRightString(self.size[0] - MARGIN, MARGIN - 3 * mm, str(self.c.getPageNumber()))
        self.c.showPage()
        return self._start()

    def _team(self, name: str, y: float) -> float:
        height = self.line * 1.4
        self.c.setFillColor(TEAM)
        self.c.rect(MARGIN, y - height, self.size[0] - 2 * MARGIN, height, stroke=0, fill=1)
        self.c.setFillColor(NAVY)
        self.c.setFont(self.bold, self.font_size)
        self.c.drawString(MARGIN + 2 * mm, y - height + self.line * 0.4, name)
        return y - height

    def _lines(self, employee_id: int) -> list:
        return max((self.cards.get((employee_id, d), []) for d in self.week.days), key=len)

    def _row(self, person, y: float, height: float) -> float:
        c = self.c
        c.setStrokeColor(GRID)
        c.setLineWidth(0.3)
        c.line(MARGIN, y - height, self.size[0] - MARGIN, y - height)
        c.setFillColor(colors.black)
        c.setFont(self.regular, self.font_size)
        c.drawString(MARGIN + 2 * mm, y - self.line * 0.75, self._fit(person.name, self.name_w - 3 * mm))
        for i, day in enumerate(self.week.days):
            x = MARGIN + self.name_w + i * self.day_w
            c.line(x, y, x, y - height)
            kind = self.away[person.id].get(day)
            if kind and not self.cards.get((person.id, day)):
                c.setFillColor(ABSENT.get(kind, ABSENT["absent"]))
                c.rect(x + 0.3, y - height + 0.3, self.day_w - 0.6, height - 0.6, stroke=0, fill=1)
                c.setFillColor(colors.HexColor("#555555"))
                c.drawRightString(x + self.day_w - 1.5 * mm, y - self.line * 0.75, translate("board", rules.ABSENCE_TITLES.get(kind, "absent")))
            for n, card in enumerate(self.cards.get((person.id, day), [])):
                self._card(card, x, y - n * self.line)
        return y - height

    def _fit(self, text: str, room: float) -> str:
        """Shortened with … to fit; the exact width is measured only for texts that may not fit."""
        if len(text) * self.font_size * 0.7 < room or stringWidth(text, self.regular, self.font_size) <= room:
            return text
        while text and stringWidth(text + "…", self.regular, self.font_size) > room:
            text = text[:-1]
        return text + "…"

    def _card(self, card, x: float, y: float) -> None:
        c = self.c
        mark, colour = "", colors.black
        if card.mentor_id:
            mark, colour = "L " + self.names.get(card.mentor_id, "") + ": ", LEARNER
        elif card.learners:
            mark, colour = "M " + ", ".join(self.names.get(e, "") for e in card.learners) + ": ", MENTOR
        warn = "⚠ " if card.warnings and not card.override_reason else ""
        text = f"{warn}{mark}{card.title} (" + translate("board", "{hours}h").format(hours=card.hours) + ")"
        text = self._fit(text, self.day_w - 3 * mm)
        if colour is not colors.black:
            c.setFillColor(colour)
            c.rect(x + 0.6 * mm, y - self.line * 0.9, 0.9 * mm, self.line * 0.8, stroke=0, fill=1)
        c.setFillColor(colour)
        c.setFont(self.regular, self.font_size)
        c.drawString(x + 2 * mm, y - self.line * 0.75, text)
