-- messaging: a link another module mints for a patient on record (PatientLinkIssuer), e.g. to join the formulation
-- board. Only the issuer's name and its own reference are kept here: the link itself, with its token, is minted when
-- the message is composed and exists only in the message sent (the issuer keeps the token's hash).
alter table outbound_message
    add column link_source text,
    add column link_reference bigint;
alter table outbound_message drop constraint outbound_message_kind_check;
alter table outbound_message add constraint outbound_message_kind_check
    check (kind in ('APPOINTMENT_REMINDER', 'QUESTIONNAIRE_LINK', 'ONE_OFF', 'PATIENT_LINK'));
alter table outbound_message add constraint patient_link_has_source
    check (kind <> 'PATIENT_LINK' or (link_source is not null and link_reference is not null));
