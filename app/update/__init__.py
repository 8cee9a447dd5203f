"""Signed rule-library and handler-directory updates over HTTPS (off by default).

Modules, one job each: `pack` (file format, build, sign, verify), `fetch` (the one HTTPS client),
`store` (installed pack, atomic install, re-verification on use), `keys` (trusted keys), `settings`
(off by default, URL, last result), `library` (what the app ships, via app.rules), `service` (check,
install, status — what the CLI and the Settings panel call). See docs/UPDATES.md.

Kept free of imports so that `app.handlers_directory` and `app.rules` can use `app.update.store`
without an import cycle; import the submodule you need.
"""
