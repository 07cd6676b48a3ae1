"""ReportLab reports: one render(data, out) per report. Imported only when a report is made."""
