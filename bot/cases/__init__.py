"""The charity's queue: tips, the accounts they name, and the cases those accounts gather into."""
