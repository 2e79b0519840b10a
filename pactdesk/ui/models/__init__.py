"""Qt item models over the frozen rows the core hands out."""
