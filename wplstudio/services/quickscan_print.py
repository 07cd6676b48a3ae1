"""What the quickscan print needs: the scan, the company name and the earlier finished scans."""

from __future__ import annotations

from dataclasses import dataclass

from wplstudio.domain.actor import Actor
from wplstudio.services import company, quickscan
from wplstudio.storage.database import Database


@dataclass(frozen=True)
class QuickscanPrint:
    company: str
    scan: quickscan.ScanDetail
    earlier: list[quickscan.ScanDetail]  # earlier finished scans, oldest first (for the comparison)


def gather(db: Database, actor: Actor, scan_id: int) -> QuickscanPrint:
    scan = quickscan.get_scan(db, actor, scan_id)
    earlier = [s for s in quickscan.history(db, actor) if (s.held_on, s.id) < (scan.held_on, scan.id)]
    return QuickscanPrint(company.get_company(db, actor).name, scan, earlier)
