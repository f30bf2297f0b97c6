import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse

from cms.demo.loading import DemoLoader, ensure_admin

ADMIN_USERNAME = "admin"
DEFAULT_ADMIN_PASSWORD = "kizuna-demo"
SMALLEST_IMAGE_WIDTH = 64


class Command(BaseCommand):
    help = (
        "Load the demo site: a home page, news in English, Japanese and Khmer, and an "
        "admin user. Safe to run again: existing content and passwords are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--image-width",
            type=int,
            default=1200,
            help="Width in pixels of the generated demo images (default 1200).",
        )

    def handle(self, *args, image_width, **options):
        if image_width < SMALLEST_IMAGE_WIDTH:
            raise CommandError(
                f"--image-width must be at least {SMALLEST_IMAGE_WIDTH} pixels."
            )
        password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD)
        with transaction.atomic():
            admin, admin_created = ensure_admin(ADMIN_USERNAME, password)
            counts = DemoLoader(user=admin, image_width=image_width).load()
        for label, tally in counts.items():
            self.stdout.write(
                f"{label.capitalize()}: {tally[True]} created, "
                f"{tally[False]} already there and left as they are."
            )
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write("")
        self.stdout.write(
            f"  Admin:    {settings.WAGTAILADMIN_BASE_URL}{reverse('wagtailadmin_home')}"
        )
        self.stdout.write(f"  User:     {ADMIN_USERNAME}")
        if admin_created:
            self.stdout.write(f"  Password: {password}")
        else:
            self.stdout.write(
                f'  Password: unchanged (the user "{ADMIN_USERNAME}" already existed)'
            )
