"""The command line: `wplstudio` opens the app; subcommands do from the shell
what the GUI does, through the same service calls."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from wplstudio import __version__
from wplstudio.cli_parser import Parser, parse
from wplstudio.domain.errors import NotFound, WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import LANGUAGES, error_text, install, startup_language, translate
from wplstudio.storage.locations import DEMO_FILE, Target, resolve


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--database", default=default, metavar="PATH|URL",
                        help="SQLite file or postgresql+psycopg:// URL (default: wplstudio.sqlite in your data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help="language of the app: nl (default) or en")
    parser.add_argument("--allow-network-folder", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="open a database in a network or cloud-synced folder anyway (risk of damage; a shared server is safer)")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="wplstudio", description="Learning on the job, made concrete.")
    parser.add_argument("--version", action="version", version=f"wplstudio {__version__}")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill a database with the demo company (default: demo.sqlite in your data folder)")
    demo.add_argument("--open", action="store_true", help="open the app on it afterwards")
    shot = sub.add_parser("screenshot", help="render one view of the main window to a PNG, without a screen")
    shot.add_argument("view", nargs="?", help="the view's name; --list prints them")
    shot.add_argument("--out", type=Path, help="the PNG file to write")
    shot.add_argument("--list", action="store_true", help="print the view names, one per line")
    shot.add_argument("--all", action="store_true", help="render every view, in one go, as VIEW.png in --out-dir")
    shot.add_argument("--out-dir", type=Path, help="the folder for --all")
    shot.add_argument("--size", default="1400x860", help="window size, WIDTHxHEIGHT")
    sub.add_parser("check", help="integrity check and schema version")
    backup = sub.add_parser("backup", help="write a safe copy of the database")
    backup.add_argument("--out", type=Path, help="the copy's file name (default: the backups folder)")
    from wplstudio import cli_backups

    cli_backups.add_parser(sub)
    bench = sub.add_parser("bench", help="measure the performance figures on a synthetic company")
    bench.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    bench.add_argument("--rounds", type=int, default=5, help="repeats per figure; the median is reported")
    bench.add_argument("--employees", type=int, default=250)
    bench.add_argument("--tasks", type=int, default=200)
    bench.add_argument("--part", choices=("all", "bundle", "dashboard"), default="all",
                       help="bundle: only the built bundle's size and start against the source install's; "
                            "dashboard: only the dashboard load and the year report")
    from wplstudio import cli_privacy

    cli_privacy.add_parser(sub)
    from wplstudio import cli_audit

    cli_audit.add_parser(sub)
    from wplstudio import cli_accounts

    cli_accounts.add_parser(sub)
    from wplstudio import cli_matrix

    cli_matrix.add_parser(sub)
    for child in sub.choices.values():
        _common(child, suppress=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = parse(build_parser(), argv)
    lang = args.lang = startup_language(args.lang)  # --lang, else the language chosen in the app's settings
    try:
        if args.command is None:
            from wplstudio.app import run_gui

            return run_gui(resolve(args.database), lang, exit_after_paint=args.exit_after_paint)
        if _needs_widgets(args):
            from wplstudio.app import make_application

            if args.command == "screenshot":
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

            make_application()  # before any translator: Qt allows one application object
        install(lang)
        return COMMANDS[args.command](args)
    except WplError as error:
        return _fail(_for_the_command_line(error))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never a traceback in a person's face; the log has it
        from wplstudio.crashlog import write

        return _fail(translate("cli", "Something unexpected went wrong ({kind}). Details are in {log}.").format(kind=type(error).__name__, log=write(error)), code=3)


def _for_the_command_line(error: WplError) -> str:
    """A typed number that matches nothing was not 'removed by someone', and there is no list to refresh."""
    if isinstance(error, NotFound) and error.message.endswith("Refresh the list."):
        return translate("cli", "There is nothing with that number. Check the number you typed.")
    return error_text(error)


def _needs_widgets(args) -> bool:
    return args.command == "screenshot" or (args.command == "demo" and args.open)


def _fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code


def _open(target: Target, migrate: bool = True, lock: bool = True, insist: bool = False):
    from wplstudio.cli_open import open_for_command

    return open_for_command(target, migrate=migrate, lock=lock, insist=insist)


def cmd_demo(args) -> int:
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import company, demo

    target = resolve(args.database, default_name=DEMO_FILE)
    db = _open(target, insist=args.allow_network_folder)
    try:
        info = company.get_company(db, SYSTEM)
        if info.is_demo:
            print(translate("cli", "{path} already holds the demo company.").format(path=target.describe()))
        else:
            demo.fill(db, SYSTEM)
            print(translate("cli", "The demo company is in {path}.").format(path=target.describe()))
        _demo_accounts(db)
    finally:
        db.close()
    if args.open:
        from wplstudio.app import run_gui

        return run_gui(target, args.lang)
    return 0


def _demo_accounts(db) -> None:
    """Every role has a demo account; say how to sign in with them."""
    from wplstudio.cli_accounts import account_line
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import demo_accounts

    print(translate("cli", "Sign in with one of these accounts; the password of each is {password}:").format(password=demo_accounts.PASSWORD))
    for account in demo_accounts.add(db, SYSTEM):
        pin = "  PIN " + account.pin if account.pin else ""
        print(account_line(account.username, account.display_name, account.role) + pin)


def cmd_screenshot(args) -> int:
    from wplstudio.ui.views import SCREENSHOT_NAMES as VIEW_NAMES

    if args.list:
        print("\n".join(VIEW_NAMES))
        return 0
    if args.all:
        return _screenshot_all(args)
    if not args.view or not args.out:
        return _fail(translate("cli", "Name a view and a file: wplstudio screenshot VIEW --out FILE.png (--list shows the views)."))
    if args.view not in VIEW_NAMES:
        return _fail(translate("cli", "There is no view called {view}. These exist: {views}.").format(view=args.view, views=", ".join(VIEW_NAMES)))
    from wplstudio.ui.screenshot import render

    render(resolve(args.database), args.view, args.out, args.lang, _window_size(args.size))
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0


def _window_size(text: str) -> tuple[int, int]:
    """'1400x860' -> (1400, 860); anything else is one clear line, not a ValueError."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and 0 < int(width) <= 10000 and 0 < int(height) <= 10000):
        raise WplError(QT_TRANSLATE_NOOP("errors", "Write the size as width x height in pixels, such as 1400x860, not {size}."), size=text)
    return int(width), int(height)


def _screenshot_all(args) -> int:
    if not args.out_dir:
        return _fail(translate("cli", "Name a folder for the pictures: wplstudio screenshot --all --out-dir FOLDER."))
    from wplstudio.ui.screenshot_all import render_all

    written = render_all(resolve(args.database), args.out_dir, args.lang, _window_size(args.size))
    print(translate("cli", "Wrote {n} pictures in {folder}.").format(n=len(written), folder=str(args.out_dir)))
    return 0


def cmd_check(args) -> int:
    from wplstudio.services.health import check

    db = _open(resolve(args.database), migrate=False, lock=False, insist=args.allow_network_folder)
    try:
        health = check(db)
    finally:
        db.close()
    print(translate("cli", "Database: {location}").format(location=health.location))
    print(translate("cli", "Schema version: {revision} (newest: {newest})").format(revision=health.revision or "-", newest=health.newest_revision))
    print(translate("cli", "Integrity: {result}").format(result="; ".join(health.integrity)))
    if health.audit is not None:
        from wplstudio.ui.pages.audit.describe import report_text

        print(report_text(health.audit)[0])
    return 0 if health.ok else 1


def cmd_backup(args) -> int:
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services.backups import backup_now

    db = _open(resolve(args.database), migrate=False, lock=False, insist=args.allow_network_folder)
    try:
        result = backup_now(db, SYSTEM, args.out)
    finally:
        db.close()
    print(translate("cli", "Backup written to {file} ({size} kB, checked: ok).").format(file=str(result.path), size=result.size // 1024))
    return 0


def cmd_restore(args) -> int:
    from wplstudio import cli_backups

    return cli_backups.run(args)


def cmd_privacy(args) -> int:
    from wplstudio import cli_privacy

    db = _open(resolve(args.database))
    try:
        return cli_privacy.run(args, db)
    finally:
        db.close()


def cmd_audit(args) -> int:
    from wplstudio import cli_audit

    db = _open(resolve(args.database), migrate=False, lock=False, insist=args.allow_network_folder)
    try:
        return cli_audit.run(args, db)
    finally:
        db.close()


def cmd_accounts(args) -> int:
    from wplstudio import cli_accounts

    db = _open(resolve(args.database))
    try:
        return cli_accounts.run(args, db)
    finally:
        db.close()


def cmd_bench(args) -> int:
    from wplstudio.bench import run

    return run(args)


def cmd_matrix(args) -> int:
    """import-matrix, export-matrix and report: the import writes (and locks), the others only read."""
    from wplstudio import cli_matrix

    def open_database(writes: bool):
        if writes:
            return _open(resolve(args.database), insist=args.allow_network_folder)
        return _open(resolve(args.database), migrate=False, lock=False, insist=args.allow_network_folder)

    return cli_matrix.run(args, open_database)


COMMANDS = {"privacy": cmd_privacy, "demo": cmd_demo, "screenshot": cmd_screenshot, "check": cmd_check, "backup": cmd_backup, "restore": cmd_restore, "bench": cmd_bench, "audit": cmd_audit, "accounts": cmd_accounts,
            "import-matrix": cmd_matrix, "export-matrix": cmd_matrix, "report": cmd_matrix}
