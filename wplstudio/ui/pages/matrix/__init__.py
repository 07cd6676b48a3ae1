"""The deployability matrix page: the grid (model, delegate, headers, frozen columns,
undo commands) and the charts."""
