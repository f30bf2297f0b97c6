"""Demo content for `manage.py load_demo`: data in ``content``, the code that loads it beside."""
