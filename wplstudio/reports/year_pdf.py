"""The owner's year report (A4): learning hours and costs (on and off the job, per team,
per month, against earlier years), the training plan's progress, the deployability
trend, onboarding completions, interviews held against due, and the quickscans.
render(data, out) with data a services.year_report.YearReport."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from wplstudio.charts import learning as learning_charts
from wplstudio.charts import quickscan as quickscan_charts
from wplstudio.domain import learning as rules
from wplstudio.domain import quickscan as qs
from wplstudio.domain.numbers import decimal_text
from wplstudio.i18n import current, translate
from wplstudio.reports.common import printed_on
from wplstudio.reports.pdf_parts import build, figure_image as _figure_image, house_styles, table

CHART_DPI = 100  # 9 inch charts at 175 mm print at about 130 dpi: sharp on paper, and the five charts stay within the 3 s aim


def figure_image(figure, width_mm: float):
    return _figure_image(figure, width_mm, CHART_DPI)


def render(data, out: Path) -> Path:
    st = house_styles()
    story = [Paragraph(escape(translate("reports", "Year report {year}").format(year=data.year)), st["title"]),
             Paragraph(escape(data.company), st["body"])]
    story += _learning(data, st)
    story += _plan(data, st)
    story.append(PageBreak())
    story += _deployability(data, st)
    story += _other_areas(data, st)
    story += _quickscans(data, st)
    return build(out, story, translate("reports", "Year report {year} — printed {date}").format(year=data.year, date=printed_on()),
                 translate("reports", "Year report {year}").format(year=data.year))


def _p(text: str, st, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), st[style])


def _learning(data, st) -> list:
    t = data.totals
    summary = translate("reports", "{n} learning activities, {hours} hours ({on} on the job, {off} off the job), {cost} in costs, {certs} certificate(s).").format(
        n=t.activities, hours=rules.hours_text(t.minutes), on=rules.hours_text(t.on_job_minutes),
        off=rules.hours_text(t.off_job_minutes), cost=rules.euro_text(t.cost_cents), certs=t.certificates)
    story = [_p(translate("reports", "Learning hours and costs"), st, "h2"), _p(summary, st),
             figure_image(learning_charts.hours_per_month(data.activities, data.year, (9, 3.6)), 175)]
    rows = [_header([translate("reports", "Team"), translate("reports", "Activities"), translate("reports", "On the job (h)"),
                     translate("reports", "Off the job (h)"), translate("reports", "Costs")], st)]
    for r in data.per_team:
        rows.append([r.name or translate("reports", "(no team)"), str(r.totals.activities), rules.hours_text(r.totals.on_job_minutes),
                     rules.hours_text(r.totals.off_job_minutes), rules.euro_text(r.totals.cost_cents)])
    story += [Spacer(1, 3 * mm), table(rows, [54, 28, 30, 32, 32])]
    if len(data.per_year) > 1:
        story += [Spacer(1, 3 * mm), figure_image(learning_charts.per_group(
            data.per_year, translate("charts", "Learning hours per year"), (9, 2.8)), 160)]
    return story


def _header(texts: list[str], st) -> list[Paragraph]:
    """Header cells that wrap (Dutch column names are long) in the table's white bold."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from wplstudio.reports import fonts

    style = ParagraphStyle("head", parent=st["small"], fontName=fonts.register()[1], fontSize=9, leading=11, textColor=colors.white)
    return [Paragraph(escape(t), style) for t in texts]


def _plan(data, st) -> list:
    counts = {state: sum(1 for line in data.plan if line.status == state) for state in rules.PLAN_STATES}
    text = translate("reports", "Training plan {year}: {total} line(s); {done} done, {planned} still planned, {dropped} dropped.").format(
        year=data.year, total=len(data.plan), done=counts[rules.DONE], planned=counts[rules.PLANNED], dropped=counts[rules.DROPPED])
    return [_p(translate("reports", "Training plan"), st, "h2"), _p(text, st)]


def _deployability(data, st) -> list:
    from wplstudio.charts import matrix as matrix_charts

    story = [_p(translate("reports", "Deployability"), st, "h2")]
    if not data.deployability:
        return story + [_p(translate("reports", "No level history yet."), st)]
    first, last = data.deployability[0], data.deployability[-1]
    story.append(_p(translate("reports", "Deployable person-task pairs: {first} at the end of {from_}, {last} at the end of {to}.").format(
        first=first.deployable_pairs, from_=first.month_end.strftime("%m-%Y"), last=last.deployable_pairs,
        to=last.month_end.strftime("%m-%Y")), st))
    return story + [figure_image(matrix_charts.deployability_over_time(data.deployability, (9, 3.8)), 175)]


def _other_areas(data, st) -> list:
    return _onboarding(data.onboarding, st) + _interviews(data.interviews, data.year, st)


def _onboarding(found, st) -> list:
    story = [_p(translate("reports", "Onboarding"), st, "h2"), _p(translate(
        "reports", "{done} trajectory(ies) completed, {started} started, {modules} module(s) signed off; {running} still running at the end of the year.").format(
        done=found.done, started=found.started, modules=found.modules_signed, running=found.still_running), st)]
    if not found.completed:
        return story
    rows = [_header([translate("reports", "Trainee"), translate("reports", "Program"), translate("reports", "Started"),
                     translate("reports", "Completed"), translate("reports", "Planned end")], st)]
    for c in found.completed:
        rows.append([c.trainee, Paragraph(escape(c.program), st["small"]), c.started.strftime("%d-%m-%Y"),
                     c.completed_on.strftime("%d-%m-%Y"), _planned(c)])
    return story + [Spacer(1, 2 * mm), table(rows, [40, 50, 24, 24, 42])]


def _planned(c) -> str:
    if c.planned_end is None:
        return "-"
    if c.late_days:
        return translate("reports", "{date} ({days} days late)").format(date=c.planned_end.strftime("%d-%m-%Y"), days=c.late_days)
    return translate("reports", "{date} (on time)").format(date=c.planned_end.strftime("%d-%m-%Y"))


def _interviews(found, year: int, st) -> list:
    from wplstudio.charts import interviews as interview_charts

    text = translate("reports", "{due_held} of the {due} people due a talk in {year} had one; {held} interview(s) held in all.").format(
        due_held=found.due_held, due=found.due, year=year, held=found.held)
    story = [_p(translate("reports", "Development interviews"), st, "h2"), _p(text, st)]
    if not found.per_team:
        return story
    height = 1.2 + 0.45 * len(found.per_team)
    return story + [figure_image(interview_charts.held_against_due(found.per_team, year, (9, height)), 160)]


def _quickscans(data, st) -> list:
    story = [_p(translate("reports", "Quickscan"), st, "h2")]
    if not data.scans:
        return story + [_p(translate("reports", "No finished quickscan up to this year."), st)]
    rows = [_header([translate("reports", "Scan"), translate("reports", "Date"), translate("reports", "Respondents"),
                     translate("reports", "Total"), translate("reports", "Conclusion")], st)]
    for s in data.scans:
        conclusion = qs.CONCLUSIONS[s.result.conclusion].in_(current()) if s.result.conclusion else "-"
        rows.append([s.title, s.held_on.strftime("%d-%m-%Y"), str(len(s.respondents)), decimal_text(s.result.total, current()),
                     Paragraph(escape(conclusion), st["small"])])
    return story + [table(rows, [35, 22, 28, 17, 76]), Spacer(1, 3 * mm),
                    figure_image(quickscan_charts.radar_over_time(data.scans, (7.5, 6)), 120)]
