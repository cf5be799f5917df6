-- Signing in and out is audited (issue 19): a right password or an organisation sign-in, a right or wrong
-- one-time code, a wrong password for a known account, signing out.
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
    check (action in ('VIEW', 'CREATE', 'UPDATE', 'DENIED', 'ADMIN', 'EXPORT', 'SIGN_IN'));
