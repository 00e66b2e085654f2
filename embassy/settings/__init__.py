"""Settings modules: ``base`` (the default, configured from the environment),
``production`` (refuses to start without its secrets) and ``test``."""
