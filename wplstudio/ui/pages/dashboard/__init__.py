"""The dashboard: what needs attention today."""
