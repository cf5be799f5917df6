-- scheduling: the telephone session screen. The answered call starts the call and "End call and record" ends it,
-- which gives the contact's length; the session's agenda and a note of the materials sent are kept with it.
alter table appointment
    add column call_started_at  timestamptz,
    add column call_ended_at    timestamptz,
    add column agenda           text,
    add column materials_sent   text;
