"""Colours of the level scale and of the traffic lights, shared by the screen, the
charts and the prints. Blue and orange, not red and green, carry the levels, so they
read for colour-blind eyes; the shape or a symbol always carries the meaning too."""

from __future__ import annotations

# Level 0-4: learning levels orange, deployable levels blue, darker as the level rises.
LEVEL_FILL = ("#ffffff", "#f6b45c", "#e07b00", "#4f8fd6", "#144a8f")
LEVEL_INK = "#1f2933"  # the square's outline and the quarter lines
EMPTY_INK = "#8a96a3"  # the outline of an empty square (level 0)

# Traffic lights for coverage: a colour and a symbol, so a b/w print still says it.
# Keys are domain.matrix's coverage statuses (GREEN, AMBER, RED, NO_TARGET).
STATUS_COLOUR = {"green": "#2e7d32", "amber": "#b7791f", "red": "#c62828", "none": "#5f6b77"}
STATUS_PALE = {"green": "#d7ecd8", "amber": "#ffe9a8", "red": "#f8d0d0", "none": "#eef1f4"}
STATUS_SYMBOL = {"green": "✓", "amber": "!", "red": "✗", "none": ""}

EXPIRED = "#c62828"
EXPIRING = "#f0a000"
TARGET = "#144a8f"
TARGET_OVERDUE = "#c62828"
SINGLE_POINT = "#e07b00"
