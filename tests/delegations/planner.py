"""Users of the planner's groups, as the data migration makes them."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PLANNERS = "Delegation planners"
VIEWERS = "Delegation viewers"


def user_in(group_name, username=None, password="pw"):
    user = get_user_model().objects.create_user(
        username or group_name.split()[-1].lower(), password=password
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user
