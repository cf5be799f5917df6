-- A password an administrator set (creating the account, resetting it, or from the command line) must be changed
-- by its owner at the next sign-in, so that an administrator never knows a clinician's working password.
alter table staff_user add column must_change_password boolean not null default false;

-- Failed sign-ins by client address, shared by every node: each failure beyond the first few makes the address
-- wait longer before its next attempt is even looked at. Rows of addresses quiet for a day are deleted.
create table sign_in_throttle (
    address       text primary key,
    failures      integer not null check (failures > 0),
    last_failure  timestamptz not null,
    not_before    timestamptz not null
);
create index sign_in_throttle_last_failure on sign_in_throttle (last_failure);
