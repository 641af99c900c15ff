"""E-mail plumbing shared by the e-mail channel, the web form and the weekly digest."""
