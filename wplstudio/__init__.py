"""wplstudio: learning on the job made concrete for small technical companies."""

__version__ = "0.1.0"
APP_NAME = "wplstudio"
ORG_NAME = "wplstudio"
