-- scheduling: what was planned at booking, kept apart from what happened.
-- cons_mechanism and duration_minutes hold the contact as delivered (a video call may fall back to telephone);
-- the booked mode and planned length are kept so that the change can be seen and counted.
alter table appointment
    add column booked_mechanism  char(2),     -- ConsMechanism chosen at booking
    add column planned_minutes   integer check (planned_minutes between 1 and 600);

update appointment set booked_mechanism = cons_mechanism where booked_mechanism is null;
