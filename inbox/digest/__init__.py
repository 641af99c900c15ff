"""The weekly concern summary: compute (SQL per office and week), render (HTML, text, charts), send."""
