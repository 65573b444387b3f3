"""Training of the project's own statistical models."""
