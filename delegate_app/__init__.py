"""delegate_app: the protocol office's planner for summits and delegation visits."""

__version__ = "0.1.0"
