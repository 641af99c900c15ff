"""Who may do what: offices, users, roles, passwords, sessions, invitations and account mails."""
