# PostgreSQL from Debian for the host store's test suite (host/store/pgtest
# starts a throw-away server from /usr/lib/postgresql/*/bin).
APT_PKGS += postgresql
