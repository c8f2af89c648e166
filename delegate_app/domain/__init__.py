"""Plain-Python core of delegate_app: vocabulary, value objects, rules and errors.

Nothing in here imports any other part of the application, nor Qt, nor SQLAlchemy.
"""
