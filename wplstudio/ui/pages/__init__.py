"""One package per area; build() makes the page for an area on first visit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wplstudio.ui.context import AppContext
from wplstudio.ui.views import Area


def build(area: Area, ctx: AppContext) -> QWidget:
    from wplstudio.ui.access import may_open

    if not may_open(ctx.actor, area.key):  # courtesy: the services would refuse the page's data anyway
        from wplstudio.ui.pages.closed import ClosedPage

        return ClosedPage(area, ctx.actor)
    if area.key == "accounts":
        from wplstudio.ui.pages.accounts.page import AccountsPage

        return AccountsPage(ctx)
    if area.key == "people":
        from wplstudio.ui.pages.people.view import PeoplePage

        return PeoplePage(ctx)
    if area.key == "matrix":
        from wplstudio.ui.pages.matrix.view import MatrixPage

        return MatrixPage(ctx)
    if area.key == "board":
        from wplstudio.ui.pages.board.view import BoardPage

        return BoardPage(ctx)
    if area.key == "interviews":
        from wplstudio.ui.pages.interviews.view import InterviewsPage

        return InterviewsPage(ctx)
    if area.key == "onboarding":
        from wplstudio.ui.pages.onboarding.view import OnboardingPage

        return OnboardingPage(ctx)
    if area.key == "audit":
        from wplstudio.ui.pages.audit.page import AuditPage

        return AuditPage(ctx)
    if area.key == "reports":
        from wplstudio.ui.pages.reports.area import ReportsArea

        return ReportsArea(ctx)
    if area.key == "dashboard":
        from wplstudio.ui.pages.dashboard.view import DashboardPage

        return DashboardPage(ctx)
    if area.key == "quickscan":
        from wplstudio.ui.pages.quickscan.view import QuickscanPage

        return QuickscanPage(ctx)
    from wplstudio.ui.pages.coming import ComingPage

    return ComingPage(area)
