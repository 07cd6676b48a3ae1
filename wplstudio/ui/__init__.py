"""The Qt GUI. It calls services and shows their plain data; it never touches the database."""
