"""Demo voters posting the office's website contact form."""
