-- Moving a caseload (issue 14) ----------------------------------------------------------------------------------------

-- patients: an imported patient whose extract does not say whether a voicemail may be left, or whether a choice of
-- mode was offered, is "not recorded" (null), never a no. Patients made in Stepline still always have both.
alter table patient alter column voicemail_allowed drop not null;
alter table patient alter column mode_choice_offered drop not null;
alter table patient add constraint preferences_recorded_unless_imported
    check (data_source like 'import:%' or (voicemail_allowed is not null and mode_choice_offered is not null));
-- Imported before this release and never edited since: written as false for want of a column; it meant not recorded.
update patient set voicemail_allowed = null, mode_choice_offered = null
where data_source like 'import:%' and updated_at = created_at;  -- never changed in Stepline since
