"""The welcome for a new company: from an empty database or an Excel sheet to a first printed matrix."""
