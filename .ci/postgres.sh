# Sourced by .ci/run: starts Debian's PostgreSQL on loopback and points the journal's PostgreSQL tests at a fresh
# database (GATEWAY_TEST_POSTGRES_URL). Where that is not possible (no root, no package), the tests are skipped.
start_test_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      apt-get install -y -q postgresql >/dev/null 2>&1 || { echo "PostgreSQL could not be installed: its tests are skipped"; return 0; }
    else
      echo "No PostgreSQL here and no root to install it: its tests are skipped"; return 0
    fi
  fi
  local version
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$version" ] || { echo "No PostgreSQL version installed: its tests are skipped"; return 0; }
  if ! pg_lsclusters 2>/dev/null | grep -q "^$version *main"; then
    pg_createcluster "$version" main >/dev/null 2>&1 || { echo "No PostgreSQL cluster: its tests are skipped"; return 0; }
  fi
  pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
  local password
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL || { echo "PostgreSQL did not start: its tests are skipped"; return 0; }
SET client_min_messages = warning;
DROP DATABASE IF EXISTS gateway_test;
DROP ROLE IF EXISTS gateway_test;
CREATE ROLE gateway_test LOGIN PASSWORD '$password';
CREATE DATABASE gateway_test OWNER gateway_test;
SQL
  export GATEWAY_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:5432/gateway_test?user=gateway_test&password=$password"
  echo "PostgreSQL $version on 127.0.0.1:5432 for the journal tests"
}
