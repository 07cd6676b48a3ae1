"""Interview guides: the built-in ones, copies, and edits that make a new version once
a guide has been used, so every interview keeps the questions it was held with.

Guides are company records (no one's personal data): everyone who holds or reads
interviews may see them; only those who hold interviews (edit) change them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wplstudio.domain import interviews as rules
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import DatabaseProblem, NotFound, WplError
from wplstudio.domain.interview_builtin import all_builtin
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.access import require_some
from wplstudio.services.records import add_row, fetch, refuse_duplicate, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models_interviews import Interview, InterviewGuide


@dataclass(frozen=True)
class GuideRow:
    id: int
    family: str
    version_no: int
    name: str
    language: str
    builtin: bool
    current: bool
    interviews: int  # how many interviews use this version
    version: int
    content: rules.GuideContent


def ensure_builtin(s: Session) -> None:
    """Put the built-in guides in on first use (a new database, or a new built-in in an update)."""
    present = set(s.scalars(select(InterviewGuide.builtin).where(InterviewGuide.builtin != "")))
    for key, language, name, content in all_builtin():
        if key not in present:
            s.add(InterviewGuide(family=key, version_no=1, name=name, language=language, builtin=key,
                                 content=rules.content_to_json(content), current=True, **stamp(SYSTEM)))
    s.flush()


def _row(guide: InterviewGuide, used: int) -> GuideRow:
    return GuideRow(guide.id, guide.family, guide.version_no, guide.name, guide.language, bool(guide.builtin),
                    guide.current, used, guide.version, rules.content_from_json(guide.content))


def _usage(s: Session) -> dict[int, int]:
    return dict(s.execute(select(Interview.guide_id, func.count()).group_by(Interview.guide_id)).all())


def _put_builtin_in(db: Database) -> None:
    """Once per database, in its own transaction; a database opened read-only shows what it has."""
    with db.session() as s:
        present = set(s.scalars(select(InterviewGuide.builtin).where(InterviewGuide.builtin != "")))
    if len(present) < len(all_builtin()):
        try:
            with db.session() as s:
                ensure_builtin(s)
        except DatabaseProblem:
            pass


def list_guides(db: Database, actor: Actor, include_old: bool = False) -> list[GuideRow]:
    require_some(actor, "interviews", "view")
    _put_builtin_in(db)
    with db.session() as s:
        query = select(InterviewGuide).order_by(InterviewGuide.builtin == "", InterviewGuide.language != "nl", InterviewGuide.name,
                                                InterviewGuide.version_no)
        if not include_old:
            query = query.where(InterviewGuide.current.is_(True))
        used = _usage(s)
        return [_row(g, used.get(g.id, 0)) for g in s.scalars(query)]


def get_guide(db: Database, actor: Actor, guide_id: int) -> GuideRow:
    require_some(actor, "interviews", "view")
    with db.session() as s:
        return _row(fetch(s, InterviewGuide, guide_id), _usage(s).get(guide_id, 0))


def find_guide(db: Database, actor: Actor, name: str) -> GuideRow:
    """The current version of the guide with this name (any letter case), for the command line."""
    wanted = " ".join(name.split()).casefold()
    for guide in list_guides(db, actor):
        if guide.name.casefold() == wanted:
            return guide
    raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no interview guide named {name}."), name=name)


def _refuse_taken_name(s: Session, name: str, family: str | None) -> None:
    scope = InterviewGuide.current.is_(True)
    if family is not None:
        scope = scope & (InterviewGuide.family != family)
    refuse_duplicate(s, InterviewGuide.name, name, None, QT_TRANSLATE_NOOP("errors", "A guide named {name} already exists."), scope)


def copy_guide(db: Database, actor: Actor, guide_id: int, name: str) -> GuideRow:
    require(actor, "interviews", "edit", OTHERS)
    with db.session() as s:
        source = fetch(s, InterviewGuide, guide_id)
        content = rules.content_from_json(source.content)
        name = rules.check_guide(name, source.language, content)
        _refuse_taken_name(s, name, None)
        copy = add_row(s, actor, InterviewGuide(family=uuid.uuid4().hex, version_no=1, name=name, language=source.language,
                                                builtin="", content=source.content, current=True, **stamp(actor)))
        new_id = copy.id
    return get_guide(db, actor, new_id)


def save_guide(db: Database, actor: Actor, guide_id: int, version: int, name: str, content: rules.GuideContent) -> GuideRow:
    """Change a guide. Used by an interview already: the change becomes a new version and the old one
    stays as it was for the interviews held with it."""
    require(actor, "interviews", "edit", OTHERS)
    with db.session() as s:
        guide = fetch(s, InterviewGuide, guide_id)
        if guide.builtin:
            raise WplError(QT_TRANSLATE_NOOP("errors", "A built-in guide is not changed; make a copy and change the copy."))
        if not guide.current:
            raise WplError(QT_TRANSLATE_NOOP("errors", "This is an old version of the guide; change the newest version."))
        name = rules.check_guide(name, guide.language, content)
        _refuse_taken_name(s, name, guide.family)
        values = {"name": name, "content": rules.content_to_json(content)}
        if _usage(s).get(guide_id, 0):
            new_id = _new_version(s, actor, guide, version, values)
        else:
            update_versioned(s, InterviewGuide, guide_id, version, actor, values)
            new_id = guide_id
    return get_guide(db, actor, new_id)


def _new_version(s: Session, actor: Actor, guide: InterviewGuide, version: int, values: dict) -> int:
    update_versioned(s, InterviewGuide, guide.id, version, actor, {"current": False})
    row = add_row(s, actor, InterviewGuide(family=guide.family, version_no=guide.version_no + 1, language=guide.language,
                                           builtin="", current=True, **values, **stamp(actor)))
    return row.id
