"""The bundle's entry point: the same `wplstudio` command line as the source install."""

from wplstudio.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
