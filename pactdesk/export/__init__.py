"""What leaves a draft: JSON, the workbook, the PDF, the bundle."""
