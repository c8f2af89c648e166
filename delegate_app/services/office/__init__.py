"""The shared office on PostgreSQL: officers and roles, who is signed in, live changes."""
