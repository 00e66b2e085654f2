"""Demo content for trying the site out: the data files (TOML) beside this
module, the loader that turns them into content (``load``) and the pictures
it draws (``drawing``). Never loaded in production: see the ``load_demo``
command."""
