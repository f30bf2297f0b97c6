"""The bottom layer: pieces two or more apps use (blocks, pagination, SEO, languages and
dates, time zones, shared template tags). It imports no app of the project."""
