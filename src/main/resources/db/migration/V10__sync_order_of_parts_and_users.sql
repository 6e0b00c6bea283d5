-- Sync reads (updatedSince) of accounts and API keys, and of a member's memberships and a meeting's parts,
-- page in the order of change: (parent, updated_at, id) serves them without a scan or a sort.
create index app_user_updated_idx on app_user (updated_at, id);
create index membership_updated_idx on membership (person_id, updated_at, id);
create index agenda_item_updated_idx on agenda_item (meeting_id, updated_at, id);
create index meeting_participant_updated_idx on meeting_participant (meeting_id, updated_at, id);
create index meeting_document_updated_idx on meeting_document (meeting_id, updated_at, id);
create index api_key_updated_idx on api_key (updated_at, id);
