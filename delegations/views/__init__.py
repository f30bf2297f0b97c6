"""The planner's own admin views, registered by ``DelegationViewSet``."""
