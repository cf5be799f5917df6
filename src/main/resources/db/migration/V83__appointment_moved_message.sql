-- messaging: the message telling a patient their appointment was moved (scheduling's AppointmentMoved). It keeps the
-- appointment, the new time (appointment_starts_at, checked again at send time like a reminder's) and the old one.
alter table outbound_message add column appointment_moved_from timestamptz;
alter table outbound_message drop constraint outbound_message_kind_check;
alter table outbound_message add constraint outbound_message_kind_check
    check (kind in ('APPOINTMENT_REMINDER', 'QUESTIONNAIRE_LINK', 'ONE_OFF', 'PATIENT_LINK', 'APPOINTMENT_MOVED'));
alter table outbound_message add constraint appointment_moved_has_times
    check (kind <> 'APPOINTMENT_MOVED'
           or (appointment_id is not null and appointment_starts_at is not null and appointment_moved_from is not null));
