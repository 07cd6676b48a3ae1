"""The deployability matrix from Excel: open a workbook safely (workbook.py), find the
matrix on its sheets and compare it with the database (preview.py), and write the
result in one transaction (apply.py). The export is a report: reports/matrix_xlsx.py."""
