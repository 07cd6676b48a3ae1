"""Pure rules and value types. Standard library only."""
