"""The widgets of the main window: pages, panels, banners."""
