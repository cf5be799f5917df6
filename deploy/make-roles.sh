#!/bin/sh
# Makes Stepline's two roles and its database on a new PostgreSQL, exactly as docs/external-database.sql says, with
# the passwords from the environment: STEPLINE_OWNER_PASSWORD and STEPLINE_APP_PASSWORD. psql connects as a
# superuser by its usual settings (PGHOST, PGPORT, PGUSER, PGPASSWORD; PSQL names psql if it is not on the PATH).
# Used by deploy/compose.yaml (as the PostgreSQL image's first-start script) and by scripts/two-nodes.sh.
set -eu
sql=${STEPLINE_ROLES_SQL:-$(dirname "$0")/../docs/external-database.sql}
: "${STEPLINE_OWNER_PASSWORD:?set STEPLINE_OWNER_PASSWORD}" "${STEPLINE_APP_PASSWORD:?set STEPLINE_APP_PASSWORD}"
case "$STEPLINE_OWNER_PASSWORD$STEPLINE_APP_PASSWORD" in
  *[!A-Za-z0-9._~-]*) echo "make-roles: use only letters, digits and . _ ~ - in the passwords" >&2; exit 1 ;;
esac
sed -e "s/owner-password-here/$STEPLINE_OWNER_PASSWORD/" -e "s/application-password-here/$STEPLINE_APP_PASSWORD/" \
    -e 's/^-- then, connected to the new database.*/\\connect stepline/' "$sql" \
  | "${PSQL:-psql}" -q -v ON_ERROR_STOP=1 -d postgres -f -
