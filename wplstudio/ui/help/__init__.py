"""The Help menu: the manual inside the app, the welcome for a new company, and About."""
