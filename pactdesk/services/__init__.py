"""Services: what the window and the command line ask of the core.

Each public call is one user action and one transaction; the services hand
out frozen dataclasses from ``pactdesk.domain``, never ORM objects.
"""
