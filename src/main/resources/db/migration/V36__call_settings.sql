-- scheduling: where the practitioner took a telephone call (issue 16). The list is the service's own: settings
-- can be renamed, added and retired (a retired setting stays on the contacts that recorded it).
create table call_setting (
    code     text primary key check (code ~ '^[a-z0-9-]{1,40}$'),
    label    text not null unique check (length(label) between 1 and 80),
    position integer not null,
    retired  boolean not null default false
);
insert into call_setting (code, label, position) values
    ('home', 'At home', 1),
    ('quiet-room', 'A quiet room at work', 2),
    ('shared-office', 'A shared office', 3),
    ('call-centre', 'A call centre', 4);

alter table appointment add column call_setting text references call_setting (code);
-- Only Stepline's own contacts record it (an imported extract has no such field).
create index appointment_call_setting on appointment (referral_id) where call_setting is not null;
