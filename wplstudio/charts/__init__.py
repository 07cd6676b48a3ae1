"""matplotlib Figure builders (no pyplot), shared by the screen and the PDF reports."""
