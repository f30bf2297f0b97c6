from django.core.management.base import BaseCommand

from search.indexing import rebuild_all


class Command(BaseCommand):
    help = "Rebuild the site search entries of every live page in every language."

    def handle(self, *args, **options):
        count = rebuild_all()
        self.stdout.write(f"Indexed {count} live pages.")
