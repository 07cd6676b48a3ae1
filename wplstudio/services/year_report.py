"""The owner's year report: everything the report needs for one year, gathered through
the areas' own services (so their permissions apply): learning hours and costs, the
deployability trend, onboarding completions, interviews held against due, and the
quickscans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.services import company, interview_cycle, learning, matrix_figures, onboarding_year, quickscan, training_plan
from wplstudio.storage.database import Database


@dataclass(frozen=True)
class YearReport:
    year: int
    company: str
    activities: list[learning.ActivityRow]
    totals: object  # domain.learning.Totals
    per_team: list[learning.OverviewRow]
    per_year: list[learning.OverviewRow]  # this and earlier years, for the trend
    deployability: list[matrix_figures.MonthCount]
    plan: list[training_plan.PlanLine]
    scans: list[quickscan.ScanDetail]  # finished scans up to the end of the year, oldest first
    onboarding: onboarding_year.OnboardingYear
    interviews: interview_cycle.InterviewYear


def gather(db: Database, actor: Actor, year: int, today: date | None = None) -> YearReport:
    require(actor, "reports", "view", OTHERS)
    today = today or date.today()
    end = min(today, date(year, 12, 31))
    rows = learning.list_activities(db, actor, year)
    trend = [m for m in matrix_figures.deployability_over_time(db, actor, 5, end) if m.month_end.year >= year - 2]
    scans = [s for s in quickscan.history(db, actor) if s.held_on <= date(year, 12, 31)]
    return YearReport(year, company.get_company(db, actor).name, rows, learning.totals(rows),
                      learning.summarise(rows, "team"), [r for r in learning.year_totals(db, actor) if r.key <= year],
                      trend, training_plan.load(db, actor, year), scans,
                      onboarding_year.completions(db, actor, year), interview_cycle.held_against_due(db, actor, year))
