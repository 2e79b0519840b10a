"""The Commission's desk in the window: Compare contributions (File › Compare contributions…)."""
